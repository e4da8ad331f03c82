import { substitute, type Substituted, type Values } from '../template/substitution';
import {
  EMAIL_HTML_MAX_BYTES,
  RCS_FALLBACK_TEXT_MAX_CHARS,
  RCS_TEXT_MAX_CHARS,
  SMS_TEXT_MAX_CHARS,
  V1_MAX_SMS_TEXT_BYTES,
} from './channel-limits';
import { formatBytes } from '../limits/bytes';
import { findPreheader, listLinks, utf8Bytes, VENDOR_VARIABLES, type EmailLink } from './email';
import { globalValues, listRecipients, type PreviewRecipient } from './recipients';
import { detectApi } from '../api/api-version';
import { declaredAttachmentBytes } from '../api/v2-rules';
import { isRecord } from '../is-record';
import { analyzeSms, type SmsAnalysis } from './sms-encoding';
import { previewV1Message, type PreviewContext, type V1MessagePreview } from './preview-v1';
import { v1ChannelOf } from '../api/v1-channels';

export type { V1MessagePart, V1MessagePreview } from './preview-v1';

/**
 * Exactly what one recipient gets: every text field with their values substituted (personal over
 * global), what is still unresolved, and which limits the final message breaks.
 */
export interface PreviewProblem {
  path: string;
  message: string;
}

export interface SmsPreview {
  text: Substituted;
  analysis: SmsAnalysis;
}

export interface EmailPreview {
  from: string;
  fromName: Substituted | null;
  subject: Substituted;
  preheader: { text: string; explicit: boolean };
  html: string | null;
  text: Substituted | null;
  links: EmailLink[];
  htmlBytes: number;
  /** `declaredBytes`: the size the request gives (`size`), else null: only the file's server can tell. */
  attachments: { name: string; mimeType: string; url: string; declaredBytes: number | null }[];
  /** Copied recipients, from the request's top level (seed 001's sample) or `options` (its table). */
  cc: string[];
  bcc: string[];
}

export interface RcsPreview {
  /** The content with every string substituted, in the shape the RCS preview component draws. */
  content: unknown;
  fallback: SmsPreview | null;
}

export interface RecipientPreview {
  api: 'v1' | 'v2';
  channel: string;
  recipient: PreviewRecipient | null;
  /** Distinct unresolved variables over every field. */
  missing: string[];
  problems: PreviewProblem[];
  /** The body points at a template kept by the vendor: nothing to render locally. */
  vendorTemplateId: string | null;
  sms?: SmsPreview;
  email?: EmailPreview;
  rcs?: RcsPreview;
  /** v1 channels other than SMS: every text the recipient sees, and what else is sent. */
  message?: V1MessagePreview;
}

/** substitute(), with the vendor's own variables (e.g. `$(unsubscribe)`) counted as resolved. */
export function substituteForPreview(text: string, personal: Values, global: Values): Substituted {
  const out = substitute(text, personal, global);
  const vendor = (name: string) => VENDOR_VARIABLES.includes(name);
  return {
    text: out.text,
    missing: out.missing.filter((name) => !vendor(name)),
    spans: out.spans.map((span) => (vendor(span.name) ? { ...span, resolved: true } : span)),
  };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

class Collector implements PreviewContext {
  readonly missing = new Set<string>();
  readonly problems: PreviewProblem[] = [];
  constructor(
    private readonly personal: Values,
    private readonly global: Values,
  ) {}
  sub(text: string): Substituted {
    const out = substituteForPreview(text, this.personal, this.global);
    for (const name of out.missing) this.missing.add(name);
    return out;
  }
  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }
  /** Substitutes every string in a JSON value (RCS content). */
  deep(value: unknown): unknown {
    if (typeof value === 'string') return this.sub(value).text;
    if (Array.isArray(value)) return value.map((item) => this.deep(item));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v)]));
    return value;
  }
  sms(text: string, path: string, limit: { chars?: number; bytes?: number }, forceUcs2 = false): SmsPreview {
    const substituted = this.sub(text);
    const analysis = analyzeSms(substituted.text, { forceUcs2 });
    if (limit.chars !== undefined && analysis.characters > limit.chars) {
      this.problems.push({ path, message: `${analysis.characters} characters after substitution; the limit is ${limit.chars}` });
    }
    const bytes = utf8Bytes(substituted.text);
    if (limit.bytes !== undefined && bytes > limit.bytes) {
      this.problems.push({ path, message: `${bytes} bytes (UTF-8) after substitution; the limit is ${limit.bytes}` });
    }
    return { text: substituted, analysis };
  }
}

function previewV2(body: Record<string, unknown>, c: Collector, channel: string): Pick<RecipientPreview, 'sms' | 'email' | 'rcs'> {
  const content = isRecord(body.content) ? body.content : {};
  const options = isRecord(body.options) ? body.options : {};
  if (channel === 'sms')
    return { sms: c.sms(str(content.text), 'content.text', { chars: SMS_TEXT_MAX_CHARS }, content.type === 'unicode') };
  if (channel === 'email') {
    const html = typeof content.html === 'string' ? c.sub(content.html).text : null;
    const htmlBytes = html === null ? 0 : utf8Bytes(html);
    if (htmlBytes > EMAIL_HTML_MAX_BYTES) {
      c.problems.push({
        path: 'content.html',
        message: `${formatBytes(htmlBytes)} after substitution; the limit is ${formatBytes(EMAIL_HTML_MAX_BYTES)}`,
      });
    }
    const attachments = Array.isArray(content.attachments) ? content.attachments.filter(isRecord) : [];
    return {
      email: {
        from: str(body.from),
        fromName: typeof options.fromName === 'string' ? c.sub(options.fromName) : null,
        subject: c.sub(str(content.subject)),
        preheader: html === null ? { text: '', explicit: false } : findPreheader(html),
        html,
        text: typeof content.text === 'string' ? c.sub(content.text) : null,
        links: html === null ? [] : listLinks(html),
        htmlBytes,
        attachments: attachments.map((a) => ({
          name: str(a.name),
          mimeType: str(a.mimeType ?? a.mimetype),
          url: str(a.mediaUrl),
          declaredBytes: declaredAttachmentBytes(a),
        })),
        cc: addresses(body.cc ?? options.cc),
        bcc: addresses(body.bcc ?? options.bcc),
      },
    };
  }
  if (channel === 'rcs') {
    const substituted = c.deep(content);
    if (isRecord(substituted) && typeof substituted.text === 'string' && [...substituted.text].length > RCS_TEXT_MAX_CHARS) {
      c.problems.push({
        path: 'content.text',
        message: `${[...substituted.text].length} characters after substitution; the limit is ${RCS_TEXT_MAX_CHARS}`,
      });
    }
    const fallback =
      options.smsFallback === true || options.smsFallback === 'true'
        ? c.sms(str(options.text), 'options.text', { chars: RCS_FALLBACK_TEXT_MAX_CHARS })
        : null;
    return { rcs: { content: substituted, fallback } };
  }
  return {};
}

function addresses(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function previewV1(body: Record<string, unknown>, c: Collector, deliverychannel: string): Pick<RecipientPreview, 'sms' | 'message'> {
  const channels = isRecord(body.channels) ? body.channels : {};
  const channel = v1ChannelOf(deliverychannel);
  if (channel === undefined) return {};
  if (channel === 'sms') {
    const block = isRecord(channels.sms) ? channels.sms : {};
    return { sms: c.sms(str(block.text), 'channels.sms.text', { bytes: V1_MAX_SMS_TEXT_BYTES }, String(block.type) === '4') };
  }
  return { message: previewV1Message(channels, channel, c, body.message) };
}

export function previewRecipient(body: unknown, recipient: PreviewRecipient | null): RecipientPreview {
  const api = detectApi(body, 'v2');
  const object = isRecord(body) ? body : {};
  const channel = str(api === 'v1' ? object.deliverychannel : object.channel);
  const c = new Collector(recipient?.values ?? {}, globalValues(body));
  const template = isRecord(object.template) ? str(object.template.id) : '';
  const vendorTemplateId = api === 'v2' && template !== '' && object.content === undefined ? template : null;
  const parts = vendorTemplateId !== null ? {} : api === 'v1' ? previewV1(object, c, channel) : previewV2(object, c, channel);
  const prefix = recipient ? `${recipient.address}: ` : '';
  return {
    api,
    channel,
    recipient,
    missing: [...c.missing],
    problems: c.problems.map((p) => ({ path: p.path, message: prefix + p.message })),
    vendorTemplateId,
    ...parts,
  };
}

/** One preview per recipient; with none yet, one preview with global values only. */
export function previewAll(body: unknown): RecipientPreview[] {
  const recipients = listRecipients(body);
  if (recipients.length === 0) return [previewRecipient(body, null)];
  return recipients.map((recipient) => previewRecipient(body, recipient));
}

export interface PreviewSummary {
  recipients: number;
  /** SMS parts over all recipients (what an SMS send is billed by); RCS counts its fallback. */
  smsParts: number;
  ucs2Recipients: number;
  /** Recipients whose message still has an unresolved `$(name)`. */
  unresolvedRecipients: number;
  /** Recipients whose final message breaks a limit. */
  problemRecipients: number;
}

/** The whole send at a glance: how many parts it costs and how many recipients would get it wrong. */
export function summarizePreviews(previews: readonly RecipientPreview[]): PreviewSummary {
  const summary: PreviewSummary = { recipients: 0, smsParts: 0, ucs2Recipients: 0, unresolvedRecipients: 0, problemRecipients: 0 };
  for (const p of previews) {
    if (p.recipient === null) continue;
    summary.recipients += 1;
    const sms = p.sms ?? p.rcs?.fallback ?? null;
    if (sms) {
      summary.smsParts += sms.analysis.segments;
      if (sms.analysis.encoding === 'UCS-2') summary.ucs2Recipients += 1;
    }
    if (p.missing.length > 0) summary.unresolvedRecipients += 1;
    if (p.problems.length > 0) summary.problemRecipients += 1;
  }
  return summary;
}
