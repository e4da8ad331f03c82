import {
  V2_MAX_DESTINATIONS,
  V2_MAX_EMAIL_ATTACHMENTS_BYTES,
  V2_MAX_SEND_AHEAD_MS,
  V2_MAX_SMS_TEXT_CHARS,
  V2_RECEIPTS,
  V2_SMS_TEXT_DELIVERABLE_CHARS,
  V2_SMS_TEXT_SEED_MAX_CHARS,
} from '../limits/v2';
import { formatBytes } from '../limits/bytes';
import { findVariables, type Values } from '../template/substitution';
import { parseInstant } from './formats';
import type { IssueSink, RequestIssue } from './issues';
import { isRecord } from '../is-record';
import { rcsWarnings } from './rcs-warnings';

// Rules of v2 that span fields (zod checks each field; these check them together). They read the
// raw body defensively, so they report alongside the per-field errors.

/** Variables the vendor fills in itself, so no substitution is needed (`$(unsubscribe)` in email). */
export const V2_BUILTIN_VARIABLES: Readonly<Record<string, readonly string[]>> = { email: ['unsubscribe'] };

function destinationKey(channel: unknown): 'msisdn' | 'email' {
  return channel === 'email' ? 'email' : 'msisdn';
}

/** The destination addresses of one `to` group, for the request's channel. */
export function v2GroupAddresses(channel: unknown, group: unknown): string[] {
  if (!isRecord(group)) return [];
  const list = group[destinationKey(channel)];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

export function v2DestinationCount(body: unknown): number {
  if (!isRecord(body) || !Array.isArray(body.to)) return 0;
  return body.to.reduce<number>((sum, group) => {
    if (!isRecord(group)) return sum;
    const list = group[destinationKey(body.channel)];
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
}

/** Every string in the content the API substitutes into, with its path. */
export function v2ContentTexts(body: Record<string, unknown>): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') out.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
  };
  const content = body.content;
  if (!isRecord(content)) return out;
  if (body.channel === 'sms') walk(content.text, 'content.text');
  else if (body.channel === 'email') for (const key of ['subject', 'text', 'html']) walk(content[key], `content.${key}`);
  else walk(content, 'content');
  return out;
}

function valuesOf(value: unknown): Values {
  if (!isRecord(value)) return {};
  const out: Record<string, string | number | boolean> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') out[key] = item;
  }
  return out;
}

function listRecipients(addresses: string[]): string {
  const shown = addresses.slice(0, 3).join(', ');
  return addresses.length > 3 ? `${shown} and ${addresses.length - 3} more` : shown || 'no addresses';
}

/**
 * Variables with no value for some recipient. The docs do not say such a request is refused, so
 * these are warnings: the recipient gets the text with `$(name)` left in it.
 */
function checkSubstitutions(body: Record<string, unknown>, issues: RequestIssue[]): void {
  if (!Array.isArray(body.to)) return;
  const builtin = new Set(V2_BUILTIN_VARIABLES[String(body.channel)] ?? []);
  const used = [...new Set(v2ContentTexts(body).flatMap(({ text }) => findVariables(text)))].filter((name) => !builtin.has(name));
  if (used.length === 0) return;
  const global = valuesOf(body.substitutions);
  const gaps = body.to.map((group) => {
    const personal = isRecord(group) ? valuesOf(group.substitutions) : {};
    return used.filter((name) => !Object.hasOwn(personal, name) && !Object.hasOwn(global, name));
  });
  // A variable no group has a value for is reported once, at the global substitutions.
  const everywhere = used.filter((name) => gaps.every((missing) => missing.includes(name)));
  if (everywhere.length > 0) {
    issues.push({
      path: 'substitutions',
      message: `no value for ${everywhere.map((name) => `$(${name})`).join(', ')} used in the content, for any recipient: add it here or in each to[].substitutions`,
    });
  }
  gaps.forEach((missing, index) => {
    const own = missing.filter((name) => !everywhere.includes(name));
    if (own.length === 0) return;
    const recipients = listRecipients(v2GroupAddresses(body.channel, body.to instanceof Array ? (body.to as unknown[])[index] : undefined));
    issues.push({
      path: `to[${index}].substitutions`,
      message: `no value for ${own.map((name) => `$(${name})`).join(', ')} used in the content (recipients: ${recipients}): add it here or in the global substitutions`,
    });
  });
}

/** An attachment's declared size (`size`, or `fileSize` as RCS names it) in bytes; null when it declares none. */
export function declaredAttachmentBytes(item: unknown): number | null {
  if (!isRecord(item)) return null;
  const size = item.size ?? item.fileSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : null;
}

/** The documented attachment limit's error, for sizes declared in the request or learnt from the files' servers. */
export function attachmentsOverLimitMessage(total: number, whose: string): string {
  return `${whose} add up to ${formatBytes(total)} (${total} bytes): at most ${formatBytes(V2_MAX_EMAIL_ATTACHMENTS_BYTES)} (${V2_MAX_EMAIL_ATTACHMENTS_BYTES} bytes) per email`;
}

export function checkV2Rules(body: unknown, now: number, sink: IssueSink): void {
  const issues = sink.errors;
  if (!isRecord(body)) return;

  const count = v2DestinationCount(body);
  if (count > V2_MAX_DESTINATIONS) {
    issues.push({ path: 'to', message: `${count} destinations: at most ${V2_MAX_DESTINATIONS} per request`, rule: 'max_destinations' });
  }

  const hasContent = body.content !== undefined;
  const hasTemplate = body.template !== undefined;
  if (hasContent && hasTemplate) issues.push({ path: 'template', message: 'use either content or template, not both' });
  if (!hasContent && !hasTemplate) issues.push({ path: 'content', message: 'content or template is required' });

  if (body.expireAt !== undefined && body.validity !== undefined) {
    issues.push({ path: 'expireAt', message: 'use either expireAt or validity, not both' });
  }

  const sendAt = parseInstant(body.sendAt);
  if (sendAt !== undefined && sendAt - now > V2_MAX_SEND_AHEAD_MS) {
    issues.push({ path: 'sendAt', message: 'more than 7 days ahead: schedule at most 7 days from now' });
  }
  const expireAt = parseInstant(body.expireAt);
  if (expireAt !== undefined) {
    if (expireAt <= now) issues.push({ path: 'expireAt', message: 'already in the past: the message would expire before it is sent' });
    else if (sendAt !== undefined && expireAt <= sendAt)
      issues.push({ path: 'expireAt', message: 'not after sendAt: the message would expire before it is sent' });
  }

  // The receipts are a filter: a name the docs do not list filters nothing, so it is a warning.
  const allowed = (V2_RECEIPTS as Record<string, readonly string[]>)[String(body.channel)];
  if (allowed && Array.isArray(body.requestedReceipts)) {
    body.requestedReceipts.forEach((receipt, index) => {
      // NOT_VERIFIED and "not verified" name the same receipt.
      if (typeof receipt === 'string' && !allowed.includes(receipt.trim().toLowerCase().replace(/_/g, ' '))) {
        sink.warnings.push({
          path: `requestedReceipts[${index}]`,
          message: `"${receipt}" is not a receipt the docs list for ${String(body.channel)} (${allowed.join(', ')}): it filters nothing`,
        });
      }
    });
  }

  const content = isRecord(body.content) ? body.content : undefined;
  if (body.channel === 'sms' && content && typeof content.text === 'string') {
    const chars = [...content.text].length;
    if (chars > V2_SMS_TEXT_SEED_MAX_CHARS) {
      sink.warnings.push({
        path: 'content.text',
        message: `${chars} characters: Send Message v2 (seed 001) says up to ${V2_SMS_TEXT_SEED_MAX_CHARS}, the current SMS page (developers.webexconnect.io/reference/send-sms-message-api-v2) up to ${V2_MAX_SMS_TEXT_CHARS} and below ${V2_SMS_TEXT_DELIVERABLE_CHARS} for deliverability`,
      });
    }
  }

  if (body.channel === 'email' && content && Array.isArray(content.attachments)) {
    const total = content.attachments.reduce<number>((sum, item) => sum + (declaredAttachmentBytes(item) ?? 0), 0);
    if (total > V2_MAX_EMAIL_ATTACHMENTS_BYTES) {
      issues.push({ path: 'content.attachments', message: attachmentsOverLimitMessage(total, 'declared sizes') });
    }
  }
  if (
    body.channel === 'email' &&
    content &&
    content.type === 'html' &&
    (content.html === undefined || (typeof content.html === 'string' && content.html.trim() === ''))
  ) {
    sink.warnings.push({
      path: 'content.html',
      message: 'no html for type "html": seed 001\'s table requires it, its own sample sends only text; send type "text" or add html',
    });
  }
  if (body.channel === 'email' && content && typeof content.subject === 'string' && content.subject.trim() === '') {
    sink.warnings.push({
      path: 'content.subject',
      message:
        'the subject is empty: the docs make it mandatory (their own sample leaves it empty), so the email may go out without one or be refused',
    });
  }

  if (body.channel === 'rcs' && content) sink.warnings.push(...rcsWarnings(content, 'content'));

  checkSubstitutions(body, sink.warnings);
}
