import { create } from 'zustand';
import type { InboundEventRow } from '../../../../shared/inbound/event';
import { errorMessage } from '../../api-errors';
import { conversation } from './feed-api';

/** One sender's events, oldest first, for the chat-like view. */
interface ConversationState {
  address: string;
  events: InboundEventRow[];
  loading: boolean;
  error: string | null;
  open(address: string): Promise<void>;
  receive(events: InboundEventRow[]): void;
}

let generation = 0;

function involves(event: InboundEventRow, address: string): boolean {
  return event.from === address || event.to === address;
}

export const useConversationStore = create<ConversationState>((set, get) => ({
  address: '',
  events: [],
  loading: false,
  error: null,

  open: async (address) => {
    const mine = ++generation;
    set({ address, loading: true, error: null, events: [] });
    if (!address.trim()) {
      set({ loading: false });
      return;
    }
    try {
      const events = await conversation(address.trim());
      if (mine !== generation) return;
      set({ events: [...events].sort((a, b) => (a.eventTime ?? a.receivedAt) - (b.eventTime ?? b.receivedAt)), loading: false });
    } catch (error) {
      if (mine === generation) set({ loading: false, error: errorMessage(error) });
    }
  },

  receive: (incoming) => {
    const { address, events } = get();
    if (!address) return;
    const have = new Set(events.map((e) => e.id));
    const mine = incoming.filter((e) => involves(e, address) && !have.has(e.id));
    if (mine.length > 0) set({ events: events.concat(mine) });
  },
}));
