import type { ComposeChannel } from '../../../../shared/compose/model';
import type { ApiVersion } from '../../../../shared/api/api-version';
import type { JsonObject } from '../../../../shared/compose/recipients';
import type { Snapshot } from './compose-state';

/**
 * The work of one channel while another is shown: clicking a channel parks what is open and brings
 * back that channel's own work (or a fresh starter), so switching never wipes anything.
 */
export interface Workspace {
  session: number;
  draftId: string | null;
  templateId: string | null;
  api: ApiVersion;
  channel: ComposeChannel;
  body: JsonObject;
  jsonText: string;
  jsonError: string | null;
  past: Snapshot[];
  future: Snapshot[];
  recipientIndex: number;
  pristine: boolean;
}

export const workspaceKey = (api: ApiVersion, channel: ComposeChannel) => `${api}:${channel}`;

const parked = new Map<string, Workspace>();

export function park(workspace: Workspace): void {
  parked.set(workspaceKey(workspace.api, workspace.channel), workspace);
}

/** Takes the parked work of a channel out (it becomes the open one). */
export function unpark(api: ApiVersion, channel: ComposeChannel): Workspace | undefined {
  const key = workspaceKey(api, channel);
  const found = parked.get(key);
  parked.delete(key);
  return found;
}

/** A save that finished after its work was parked gives the parked work its draft id. */
export function setParkedDraftId(session: number, draftId: string): boolean {
  for (const workspace of parked.values()) {
    if (workspace.session === session) {
      workspace.draftId = draftId;
      return true;
    }
  }
  return false;
}

/** Another draft opened on top: parked work of a deleted draft must not come back with its id. */
export function forgetParkedDraft(draftId: string): void {
  for (const workspace of parked.values()) if (workspace.draftId === draftId) workspace.draftId = null;
}
