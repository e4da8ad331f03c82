import { create } from 'zustand';
import type { InboundEventRow } from '../../../../shared/inbound/event';
import { errorMessage } from '../../api-errors';
import { conversation, sentTo } from './feed-api';
import type { SentMessage } from './conversation-merge';

/** One sender's events, oldest first, for the chat-like view. */
interface ConversationState {
  address: string;
  events: InboundEventRow[];
  /** Our sends to the address, from the outbound area. */
  sent: SentMessage[];
  /** Why our sends could not be shown (the events still are). */
  sentError: string | null;
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
  sent: [],
  sentError: null,
  loading: false,
  error: null,

  open: async (address) => {
    const mine = ++generation;
    const wanted = address.trim();
    set({ address: wanted, loading: true, error: null, events: [], sent: [], sentError: null });
    if (!wanted) {
      set({ loading: false });
      return;
    }
    const [events, sent] = await Promise.allSettled([conversation(wanted), sentTo(wanted)]);
    if (mine !== generation) return;
    set({
      events: events.status === 'fulfilled' ? events.value : [],
      error: events.status === 'rejected' ? errorMessage(events.reason) : null,
      sent: sent.status === 'fulfilled' ? sent.value : [],
      sentError: sent.status === 'rejected' ? `Our sends could not be loaded: ${errorMessage(sent.reason)}` : null,
      loading: false,
    });
  },

  receive: (incoming) => {
    const { address, events } = get();
    if (!address) return;
    const have = new Set(events.map((e) => e.id));
    const mine = incoming.filter((e) => involves(e, address) && !have.has(e.id));
    if (mine.length > 0) set({ events: events.concat(mine) });
  },
}));
