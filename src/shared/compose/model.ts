import { z } from 'zod';
import { ApiVersion } from '../api/api-version';
import { MSISDN_PATTERN, MSISDN_RULE } from '../api/formats';
import { V1_CHANNELS } from '../api/v1-channels';

/** Every channel a draft or template can be written for: v2 (sms, email, rcs) and the v1 ones. */
export const V2_CHANNELS = ['sms', 'email', 'rcs'] as const;
export const ComposeChannel = z.enum([...V2_CHANNELS, ...V1_CHANNELS.filter((c) => c !== 'sms')]);
export type ComposeChannel = z.infer<typeof ComposeChannel>;

/** A request body as JSON: validated by the API models when sent, not when drafted. */
export const RequestBody = z.record(z.string(), z.unknown());
export type RequestBody = z.infer<typeof RequestBody>;

export const MAX_TEMPLATE_NAME_LENGTH = 120;
export const MAX_TEMPLATE_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

export const TemplateName = z
  .string()
  .trim()
  .min(1, 'a template needs a name')
  .max(MAX_TEMPLATE_NAME_LENGTH, `at most ${MAX_TEMPLATE_NAME_LENGTH} characters`);
export const TemplateTags = z
  .array(z.string().trim().min(1, 'empty tag').max(MAX_TAG_LENGTH, `a tag has at most ${MAX_TAG_LENGTH} characters`))
  .max(MAX_TEMPLATE_TAGS, `at most ${MAX_TEMPLATE_TAGS} tags`);
/** The v2 `template.id` of a template kept on the vendor's side. */
export const VendorTemplateId = z.string().trim().min(1).max(200);

export const Template = z.object({
  id: z.string(),
  name: z.string(),
  channel: ComposeChannel,
  api: ApiVersion,
  tags: z.array(z.string()),
  body: RequestBody,
  vendorTemplateId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Template = z.infer<typeof Template>;

export const TemplateSummary = Template.omit({ body: true }).extend({
  /** The first words of the message, for the list. */
  excerpt: z.string(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/**
 * What templates:save takes. `body` is the whole request; a caller that has only channel content
 * (the RCS designer) may pass `content` instead and gets `{ channel, content }` as the body.
 */
export const TemplateInput = z
  .object({
    id: z.string().min(1).optional(),
    name: TemplateName,
    channel: ComposeChannel,
    api: ApiVersion.default('v2'),
    tags: TemplateTags.default([]),
    body: RequestBody.optional(),
    content: z.record(z.string(), z.unknown()).optional(),
    vendorTemplateId: VendorTemplateId.nullable().optional(),
  })
  .refine((t) => t.body !== undefined || t.content !== undefined, { message: 'give the request body or its content', path: ['body'] });
export type TemplateInput = z.input<typeof TemplateInput>;

/** One entry of an exported file, and what an import accepts. */
export const TemplateFileEntry = z.object({
  name: TemplateName,
  channel: ComposeChannel,
  api: ApiVersion.default('v2'),
  tags: TemplateTags.default([]),
  body: RequestBody,
  vendorTemplateId: VendorTemplateId.nullable().default(null),
});
export const TEMPLATE_FILE_FORMAT = 'relaydesk-templates';
export const TemplateFile = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT, { message: `not a Relaydesk templates file (format must be "${TEMPLATE_FILE_FORMAT}")` }),
  version: z.literal(1, { message: 'unsupported version (this Relaydesk reads version 1)' }),
  exportedAt: z.string().optional(),
  templates: z.array(z.unknown()),
});

export const TemplateImportResult = z.object({
  imported: z.array(TemplateSummary),
  /** Entries left out, each named by position and (when readable) name, with the reason. */
  rejected: z.array(z.object({ index: z.number(), name: z.string().nullable(), message: z.string() })),
});

export const Draft = z.object({
  id: z.string(),
  api: ApiVersion,
  channel: ComposeChannel,
  profileId: z.string().nullable(),
  body: RequestBody,
  /** Raw JSON text when the editor holds text that does not parse, so nothing typed is lost. */
  jsonText: z.string().nullable(),
  /** The template this draft came from, if any. */
  templateId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Draft = z.infer<typeof Draft>;

export const DraftInput = Draft.pick({ api: true, channel: true, profileId: true, body: true, jsonText: true, templateId: true }).extend({
  id: z.string().min(1).optional(),
});
export type DraftInput = z.input<typeof DraftInput>;

export const TestRecipients = z.object({
  msisdn: z.array(z.string().trim().regex(MSISDN_PATTERN, MSISDN_RULE)).max(20),
  email: z.array(z.email('not an email address')).max(20),
});
export type TestRecipients = z.infer<typeof TestRecipients>;

/** What a HEAD request says about one attachment URL. */
export const AttachmentProbe = z.object({
  url: z.string(),
  bytes: z.number().nullable(),
  mimeType: z.string().nullable(),
  error: z.string().nullable(),
});
export type AttachmentProbe = z.infer<typeof AttachmentProbe>;
