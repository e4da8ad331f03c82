import { create } from 'zustand';
import type { JsonObject } from '../../../../shared/compose/recipients';
import type { JobProgress, SendReceipt } from '../../../../shared/contract/outbound';
import type { Values } from '../../../../shared/template/substitution';
import { api } from '../../api';
import { ApiError, errorMessage } from '../../api-errors';
import { testBody } from './test-send';

/** Sending the draft (or a test of it) through the outbox, and the job's live progress. */
interface SendState {
  busy: boolean;
  error: string | null;
  /** Field errors the outbox answered with (same shared validation as the form). */
  fieldErrors: { path: string; message: string }[];
  receipt: (SendReceipt & { test: boolean }) | null;
  progress: JobProgress | null;
  send(profileId: string, body: JsonObject): Promise<void>;
  sendTest(profileId: string, body: JsonObject, values: Values): Promise<void>;
  dismiss(): void;
}

export const useSendStore = create<SendState>((set, get) => {
  const run = async (profileId: string, body: JsonObject, test: boolean) => {
    set({ busy: true, error: null, fieldErrors: [], receipt: null, progress: null });
    try {
      const check = await api['outbound:validate']({ profileId, body });
      if (check.errors.length > 0) {
        set({ busy: false, fieldErrors: check.errors, error: `Not sent: ${check.errors.length} problem(s) with the request.` });
        return;
      }
      const receipt = await api['outbound:send']({ profileId, body });
      set({ busy: false, receipt: { ...receipt, test } });
    } catch (error) {
      set({ busy: false, error: error instanceof ApiError && error.path ? `${error.path}: ${error.message}` : errorMessage(error) });
    }
  };
  return {
    busy: false,
    error: null,
    fieldErrors: [],
    receipt: null,
    progress: null,
    send: (profileId, body) => run(profileId, body, false),
    sendTest: async (profileId, body, values) => {
      const recipients = await api['compose:getTestRecipients']();
      const channel = String(body.channel ?? body.deliverychannel ?? 'sms');
      const addressed = testBody(body, channel, recipients, values);
      if (typeof addressed === 'string') {
        set({ error: addressed, receipt: null });
        return;
      }
      await run(profileId, addressed, true);
    },
    dismiss: () => set({ error: null, fieldErrors: [], receipt: null, progress: get().progress?.state === 'running' ? get().progress : null }),
  };
});

api.on('outbound:progress', (progress) => {
  const receipt = useSendStore.getState().receipt;
  if (receipt && receipt.jobId === progress.jobId) useSendStore.setState({ progress });
});
