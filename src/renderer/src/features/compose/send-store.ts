import { create } from 'zustand';
import type { JsonObject } from '../../../../shared/compose/recipients';
import type { JobProgress, SendReceipt } from '../../../../shared/contract/outbound';
import type { Profile } from '../../../../shared/profiles/profile';
import type { Values } from '../../../../shared/template/substitution';
import { api } from '../../api';
import { ApiError, errorMessage } from '../../api-errors';
import { mediaUrlsToProbe } from '../../../../shared/compose/media-sizes';
import type { AttachmentProbe } from '../../../../shared/compose/model';
import { probesForSend } from './attachment-probes';
import { buildSendCheck, type SendCheck } from './send-check';
import { testBody } from './test-send';

/**
 * Sending the draft (or a test of it) through the outbox. Single-flight: one send action at a
 * time; a real send is checked and confirmed first, and carries a send id made once per action, so
 * a confirm clicked twice (or retried after a lost answer) queues one job.
 */
type Phase = 'idle' | 'checking' | 'confirming' | 'sending';

interface PendingSend {
  sendId: string;
  profileId: string;
  body: JsonObject;
  draftKey: string;
}

interface SendState {
  phase: Phase;
  /** What the confirmation shows; null while it is being worked out. */
  check: SendCheck | null;
  pending: PendingSend | null;
  /** The draft whose send is queued or running: its Send stays disabled until the job ends. */
  activeJob: { jobId: string; draftKey: string } | null;
  error: string | null;
  /** Field errors the outbox answered with (same shared validation as the form). */
  fieldErrors: { path: string; message: string }[];
  receipt: (SendReceipt & { test: boolean }) | null;
  progress: JobProgress | null;
  /** Opens the confirmation of sending this draft (does nothing while one is open or sending). */
  requestSend(draftKey: string, profileId: string, body: JsonObject, profile: Profile | undefined): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  sendTest(profileId: string, body: JsonObject, values: Values, profile: Profile | undefined): Promise<void>;
  dismiss(): void;
}

/** 32 hex digits from the platform's CSPRNG; unique per send action. */
/** The sizes of the limited media (email attachments, WhatsApp media) the body gives only by URL, asked for alongside the outbox's check. */
function attachmentSizesOf(body: JsonObject): Promise<Map<string, AttachmentProbe>> {
  const urls = mediaUrlsToProbe(body);
  return urls.length === 0 ? Promise.resolve(new Map()) : probesForSend(urls);
}

export function newSendId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return 'c' + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const finished = (state: JobProgress['state']) => state === 'done' || state === 'cancelled';

export function isSendLocked(s: Pick<SendState, 'phase' | 'activeJob'>, draftKey: string): boolean {
  return s.phase !== 'idle' || s.activeJob?.draftKey === draftKey;
}

export const useSendStore = create<SendState>((set, get) => {
  const describe = (error: unknown) => (error instanceof ApiError && error.path ? `${error.path}: ${error.message}` : errorMessage(error));

  /** The job may have ended before its receipt came back (a fast sandbox): ask which jobs still run. */
  const followJob = async (jobId: string, draftKey: string) => {
    set({ activeJob: { jobId, draftKey } });
    const running = await api['outbound:jobs']().catch(() => null);
    if (running && !running.some((j) => j.jobId === jobId && !finished(j.state)) && get().activeJob?.jobId === jobId)
      set({ activeJob: null });
  };

  const queue = async (pending: PendingSend, test: boolean) => {
    const receipt = await api['outbound:send']({ profileId: pending.profileId, body: pending.body, sendId: pending.sendId });
    set({ phase: 'idle', pending: null, check: null, receipt: { ...receipt, test }, progress: null });
    await followJob(receipt.jobId, pending.draftKey);
  };

  return {
    phase: 'idle',
    check: null,
    pending: null,
    activeJob: null,
    error: null,
    fieldErrors: [],
    receipt: null,
    progress: null,

    requestSend: async (draftKey, profileId, body, profile) => {
      if (isSendLocked(get(), draftKey)) return;
      const pending = { sendId: newSendId(), profileId, body, draftKey };
      set({ phase: 'checking', check: null, pending, error: null, fieldErrors: [] });
      try {
        const [result, sizes] = await Promise.all([api['outbound:validate']({ profileId, body }), attachmentSizesOf(body)]);
        if (get().pending !== pending) return;
        set({ phase: 'confirming', check: buildSendCheck(body, result, profile, profileId, sizes) });
      } catch (error) {
        if (get().pending === pending) set({ phase: 'idle', pending: null, error: describe(error) });
      }
    },

    confirm: async () => {
      const { phase, pending, check } = get();
      if (phase !== 'confirming' || !pending || !check || check.blockers.length > 0) return;
      set({ phase: 'sending', error: null });
      try {
        await queue(pending, false);
      } catch (error) {
        // Back to the open confirmation: confirming again reuses the same send id.
        set({ phase: 'confirming', error: describe(error) });
      }
    },

    cancel: () => {
      if (get().phase === 'sending') return;
      set({ phase: 'idle', pending: null, check: null, error: null });
    },

    sendTest: async (profileId, body, values, profile) => {
      if (get().phase !== 'idle') return;
      set({ phase: 'checking', error: null, fieldErrors: [], receipt: null, progress: null });
      try {
        const recipients = await api['compose:getTestRecipients']();
        const channel = String(body.channel ?? body.deliverychannel ?? 'sms');
        const addressed = testBody(body, channel, recipients, values);
        if (typeof addressed === 'string') {
          set({ phase: 'idle', error: addressed });
          return;
        }
        const [result, sizes] = await Promise.all([api['outbound:validate']({ profileId, body: addressed }), attachmentSizesOf(addressed)]);
        const check = buildSendCheck(addressed, result, profile, profileId, sizes);
        if (result.errors.length > 0) {
          set({ phase: 'idle', fieldErrors: result.errors, error: `Not sent: ${result.errors.length} problem(s) with the request.` });
          return;
        }
        if (check.blockers.length > 0) {
          set({ phase: 'idle', error: `Not sent: ${check.blockers.map((b) => b.message).join(' ')}` });
          return;
        }
        set({ phase: 'sending' });
        await queue({ sendId: newSendId(), profileId, body: addressed, draftKey: 'test' }, true);
      } catch (error) {
        set({ phase: 'idle', error: describe(error) });
      }
    },

    dismiss: () =>
      set({ error: null, fieldErrors: [], receipt: null, progress: get().progress?.state === 'running' ? get().progress : null }),
  };
});

api.on('outbound:progress', (progress) => {
  const { receipt, activeJob } = useSendStore.getState();
  if (receipt && receipt.jobId === progress.jobId) useSendStore.setState({ progress });
  if (activeJob?.jobId === progress.jobId && finished(progress.state)) useSendStore.setState({ activeJob: null });
});
