import { z } from 'zod';
import { RequestBody } from '../../../../shared/compose/model';
import { useNavStore } from '../shell/nav-store';
import { useComposeStore } from './compose-store';

/** What History's "Open as new draft" sends: `relaydesk:open-draft` with `{ api, body }`. */
const OpenDraftDetail = z.object({ api: z.enum(['v1', 'v2']).optional(), body: RequestBody, templateId: z.string().optional() });

export function openInCompose(body: Record<string, unknown>, templateId?: string): void {
  useComposeStore.getState().openBody(body, { templateId: templateId ?? null });
  useNavStore.getState().go('compose');
}

window.addEventListener('relaydesk:open-draft', (event) => {
  const parsed = OpenDraftDetail.safeParse((event as CustomEvent<unknown>).detail);
  if (parsed.success) openInCompose(parsed.data.body, parsed.data.templateId);
});
