import { create } from 'zustand';
import type { VerificationSetting } from '../../../../shared/contract/inbound';
import type { WebhookSource } from '../../../../shared/inbound/event';
import { api } from '../../api';
import { ApiError, errorMessage } from '../../api-errors';
import { useListenerStore } from './listener-store';

export type VerificationMode = VerificationSetting['mode'];

export interface VerificationDraft {
  mode: VerificationMode;
  header: string;
  /** Empty keeps the stored secret. */
  secret: string;
}

/** Per-source webhook verification. Secrets go to the keychain and never come back: `secretSet` only. */
interface VerificationState {
  settings: VerificationSetting[];
  error: string | null;
  /** Problems of the last save, per source and field ('' = the form as a whole). */
  fieldErrors: Partial<Record<WebhookSource, Record<string, string>>>;
  saving: WebhookSource | null;
  /** The source whose save just succeeded (for the "Saved" note). */
  saved: WebhookSource | null;
  load(): Promise<void>;
  save(source: WebhookSource, draft: VerificationDraft): Promise<boolean>;
}

export const useVerificationStore = create<VerificationState>((set, get) => ({
  settings: [],
  error: null,
  fieldErrors: {},
  saving: null,
  saved: null,

  load: async () => {
    try {
      set({ settings: await api['inbound:verification'](), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },

  save: async (source, draft) => {
    set({ saving: source, saved: null, fieldErrors: { ...get().fieldErrors, [source]: {} } });
    try {
      const setting = await api['inbound:setVerification']({
        source,
        mode: draft.mode,
        ...(draft.mode === 'hmac' && draft.header.trim() ? { header: draft.header.trim() } : {}),
        ...(draft.mode !== 'none' && draft.secret ? { secret: draft.secret } : {}),
      });
      set({ settings: get().settings.map((s) => (s.source === source ? setting : s)), saving: null, saved: source });
      // A URL token changes the endpoint URLs shown above.
      void useListenerStore.getState().load();
      return true;
    } catch (error) {
      const field = error instanceof ApiError ? ((error.path ?? '').split('.')[0] ?? '') : '';
      set({ saving: null, fieldErrors: { ...get().fieldErrors, [source]: { [field]: errorMessage(error) } } });
      return false;
    }
  },
}));
