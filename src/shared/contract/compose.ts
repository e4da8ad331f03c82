import { z } from 'zod';
import {
  AttachmentProbe,
  ComposeChannel,
  Draft,
  DraftInput,
  Template,
  TemplateImportResult,
  TemplateInput,
  TemplateName,
  TemplateSummary,
  TestRecipients,
} from '../compose/model';

// Calls of the compose area (drafts, test recipients) and the template library.
const ById = z.object({ id: z.string().min(1) });

export const composeCalls = {
  'compose:listDrafts': { input: z.void(), output: z.array(Draft) },
  /** Autosave: creates the draft without an id, else replaces it. */
  'compose:saveDraft': { input: DraftInput, output: Draft },
  'compose:deleteDraft': { input: ById, output: z.object({ id: z.string() }) },
  /** The user's own numbers and addresses for "Send test to me". */
  'compose:getTestRecipients': { input: z.void(), output: TestRecipients },
  'compose:setTestRecipients': { input: TestRecipients, output: TestRecipients },
  /** Sizes of email attachments by URL (HEAD requests), to check them against the 10 MB limit. */
  'compose:probeAttachments': { input: z.object({ urls: z.array(z.string().max(2000)).max(50) }), output: z.array(AttachmentProbe) },

  'templates:list': {
    input: z.object({ query: z.string().optional(), channel: ComposeChannel.optional(), tag: z.string().optional() }).optional(),
    output: z.array(TemplateSummary),
  },
  'templates:get': { input: ById, output: Template },
  /** Creates (no id) or replaces a template. The RCS designer passes `content` with channel 'rcs'. */
  'templates:save': { input: TemplateInput, output: Template },
  'templates:duplicate': { input: z.object({ id: z.string().min(1), name: TemplateName.optional() }), output: Template },
  'templates:rename': { input: z.object({ id: z.string().min(1), name: TemplateName }), output: Template },
  'templates:delete': { input: ById, output: z.object({ id: z.string() }) },
  /** The chosen templates (all without ids) as the text of a JSON file. */
  'templates:export': {
    input: z.object({ ids: z.array(z.string()).optional() }),
    output: z.object({ json: z.string(), count: z.number() }),
  },
  /** Reads an exported file's text; good entries are imported, bad ones listed with the reason. */
  'templates:import': { input: z.object({ json: z.string() }), output: TemplateImportResult },
} as const;

export const composeEvents = {
  /** The template library changed (saved here or by another area, imported, deleted). */
  'templates:changed': z.object({ count: z.number() }),
} as const;
