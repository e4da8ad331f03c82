import type { ComposeChannel, Draft } from '../../../../shared/compose/model';
import type { ApiVersion } from '../../../../shared/api/api-version';
import type { JsonObject } from '../../../../shared/compose/recipients';
import type { Profile } from '../../../../shared/profiles/profile';

/**
 * The draft being composed. `body` is the single source of truth; the form edits it by path, the
 * JSON editor by text. Text that does not parse is kept (and autosaved) without touching `body`.
 */
export interface Snapshot {
  body: JsonObject;
  jsonText: string;
}

export interface ComposeState {
  draftId: string | null;
  templateId: string | null;
  api: ApiVersion;
  channel: ComposeChannel;
  profileId: string;
  body: JsonObject;
  jsonText: string;
  jsonError: string | null;
  past: Snapshot[];
  future: Snapshot[];
  drafts: Draft[];
  profiles: Profile[];
  listenerUrl: string | null;
  saving: 'idle' | 'pending' | 'saved' | 'error';
  saveError: string | null;
  /** Preview position among the recipients. */
  recipientIndex: number;
  /** Changes whenever another piece of work is opened (a draft, a body, a channel): what a send belongs to. */
  session: number;
  /** A fresh starter nobody has edited: no rule errors shown yet, and the first-run guide may show. */
  pristine: boolean;
  /** The channel this one was switched from while it is still a fresh starter: Undo goes back there. */
  switchedFrom: { api: ApiVersion; channel: ComposeChannel } | null;

  init(): Promise<void>;
  /** The listener moved, started, or became known (init): prefills it where nothing was typed yet. */
  setListenerUrl(url: string | null): void;
  newDraft(api: ApiVersion, channel: ComposeChannel): void;
  /** Shows a channel's own work (or a fresh starter) and keeps the current work for when it comes back. */
  switchChannel(api: ApiVersion, channel: ComposeChannel): void;
  openBody(body: JsonObject, meta?: { templateId?: string | null }): void;
  openDraft(draft: Draft): void;
  deleteDraft(id: string): Promise<void>;
  /** `step: true` makes this edit its own undo step (buttons), never merged with typing. */
  setField(path: readonly (string | number)[], value: unknown, options?: { step?: boolean }): void;
  replaceBody(body: JsonObject): void;
  setJsonText(text: string): void;
  setProfile(id: string): void;
  setRecipientIndex(index: number): void;
  undo(): void;
  redo(): void;
}
