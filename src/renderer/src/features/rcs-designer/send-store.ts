import { create } from 'zustand';
import type { SendReceipt } from '../../../../shared/contract/outbound';
import type { Profile } from '../../../../shared/profiles/profile';
import { SANDBOX_PROFILE_ID } from '../../../../shared/sandbox';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { newSendId } from '../compose/send-store';

// Test sends from the designer: which profile, which RCS app ID, which test numbers. Sending goes
// through outbound:send, so it is queued, paced and listed in History like any other send.

/** The sandbox has no RCS app of its own; any id is accepted there. */
export const SANDBOX_RCS_APP_ID = 'sandbox-rcs-app';

interface SendState {
  profiles: Profile[];
  profileId: string;
  from: string;
  recipients: string;
  loaded: boolean;
  sending: boolean;
  receipt: SendReceipt | null;
  error: string | null;
  load(): Promise<void>;
  setProfile(id: string): void;
  setFrom(from: string): void;
  setRecipients(text: string): void;
  send(body: Record<string, unknown>): Promise<void>;
  clearResult(): void;
}

function defaultFrom(profile: Profile | undefined): string {
  if (!profile) return '';
  return profile.senders.rcs ?? (profile.id === SANDBOX_PROFILE_ID ? SANDBOX_RCS_APP_ID : '');
}

/** One number per line or comma-separated; blanks dropped. */
export function parseRecipients(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The last send that got no receipt, with the id a retry of the same request reuses. */
let unanswered: { key: string; sendId: string } | null = null;

export const useSendStore = create<SendState>((set, get) => ({
  profiles: [],
  profileId: SANDBOX_PROFILE_ID,
  from: SANDBOX_RCS_APP_ID,
  recipients: '',
  loaded: false,
  sending: false,
  receipt: null,
  error: null,
  load: async () => {
    try {
      const [profiles, tests] = await Promise.all([
        api['profiles:list'](),
        api['compose:getTestRecipients']().catch(() => ({ msisdn: [] as string[], email: [] as string[] })),
      ]);
      const chosen = profiles.find((p) => p.id === get().profileId) ?? profiles.find((p) => p.isDefault) ?? profiles[0];
      set({
        profiles,
        profileId: chosen?.id ?? SANDBOX_PROFILE_ID,
        from: get().loaded ? get().from : defaultFrom(chosen),
        recipients: get().recipients || tests.msisdn.join('\n'),
        loaded: true,
      });
    } catch (error) {
      set({ loaded: true, error: `Could not load profiles: ${errorMessage(error)}` });
    }
  },
  setProfile: (profileId) => {
    const profile = get().profiles.find((p) => p.id === profileId);
    // A typed app ID follows to the next profile; the sandbox's made-up one does not.
    const kept = get().from === SANDBOX_RCS_APP_ID ? '' : get().from;
    set({ profileId, from: defaultFrom(profile) || kept, receipt: null, error: null });
  },
  setFrom: (from) => set({ from }),
  setRecipients: (recipients) => set({ recipients }),
  send: async (body) => {
    // One press, one send: a second press (or Enter) while the first is on its way does nothing.
    if (get().sending) return;
    const profileId = get().profileId;
    // A retry of the same request after a lost answer keeps its send id, so the outbox queues it once.
    const key = JSON.stringify([profileId, body]);
    const sendId = unanswered?.key === key ? unanswered.sendId : newSendId();
    set({ sending: true, error: null, receipt: null });
    try {
      const receipt = await api['outbound:send']({ profileId, api: 'v2', body, sendId });
      unanswered = null;
      set({ sending: false, receipt });
    } catch (error) {
      unanswered = { key, sendId };
      set({ sending: false, error: errorMessage(error) });
    }
  },
  clearResult: () => set({ receipt: null, error: null }),
}));

// A profile added or renamed in Settings shows up in the picker without a reload.
api.on('profiles:changed', (profiles) => {
  const { profileId } = useSendStore.getState();
  useSendStore.setState({ profiles, profileId: profiles.some((p) => p.id === profileId) ? profileId : SANDBOX_PROFILE_ID });
});
