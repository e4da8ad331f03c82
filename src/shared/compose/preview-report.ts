import { describeIssue, type RequestIssue } from '../api/issues';
import { validateRequest } from '../api/validate';
import { previewAll, type RecipientPreview } from './preview';
import { detectApi } from '../api/api-version';

/**
 * What `relaydesk preview` prints and what its --json holds: the request's rule violations (the
 * same shared validation the composer and the outbox use) and every recipient's final message.
 */
export interface PreviewReport {
  api: 'v1' | 'v2';
  channel: string;
  errors: RequestIssue[];
  /** What the user should know but does not stop the send (see validateRequest). */
  warnings: RequestIssue[];
  recipients: {
    address: string | null;
    path: string | null;
    text: string | null;
    subject?: string;
    encoding?: string;
    characters?: number;
    segments?: number;
    missing: string[];
    problems: string[];
  }[];
  ok: boolean;
}

function mainText(p: RecipientPreview): string | null {
  if (p.sms) return p.sms.text.text;
  if (p.message) {
    const lines = [
      ...p.message.parts.map((part) => `${part.label}: ${part.text.text}`),
      ...p.message.details.map((d) => `${d.label}: ${d.value}`),
    ];
    return lines.length > 0 ? lines.join('\n') : null;
  }
  if (p.email) return p.email.text?.text ?? p.email.html;
  if (p.rcs) {
    const content = p.rcs.content as { text?: unknown; richCard?: { title?: unknown } } | null;
    if (content && typeof content.text === 'string') return content.text;
    if (content && typeof content.richCard?.title === 'string') return content.richCard.title;
    return JSON.stringify(p.rcs.content);
  }
  return null;
}

export function buildPreviewReport(body: unknown, now?: number): PreviewReport {
  const api = detectApi(body, 'v2');
  const validation = validateRequest(api, body, now === undefined ? {} : { now });
  const previews = previewAll(body);
  const recipients = previews.map((p) => {
    const sms = p.sms ?? p.rcs?.fallback ?? undefined;
    const row: PreviewReport['recipients'][number] = {
      address: p.recipient?.address ?? null,
      path: p.recipient?.path ?? null,
      text: mainText(p),
      missing: p.missing,
      problems: p.problems.map((x) => `${x.path}: ${x.message}`),
    };
    if (p.email) row.subject = p.email.subject.text;
    if (sms) {
      row.encoding = sms.analysis.encoding;
      row.characters = sms.analysis.characters;
      row.segments = sms.analysis.segments;
    } else if (p.message && p.message.parts.length > 0) {
      row.characters = p.message.parts.reduce((sum, part) => sum + part.characters, 0);
    }
    return row;
  });
  const errors = validation.ok ? [] : validation.errors;
  const ok = errors.length === 0 && recipients.every((r) => r.missing.length === 0 && r.problems.length === 0);
  return { api, channel: previews[0]?.channel ?? '', errors, warnings: validation.warnings, recipients, ok };
}

export function formatPreviewReport(report: PreviewReport): string {
  const lines: string[] = [`API ${report.api}, channel ${report.channel || '(none)'}, ${report.recipients.length} recipient(s)`];
  if (report.errors.length > 0) {
    lines.push('', 'Request errors:');
    for (const issue of report.errors) lines.push(`  ${describeIssue(issue)}`);
  }
  if (report.warnings.length > 0) {
    lines.push('', 'Warnings (the request is sent as it is):');
    for (const issue of report.warnings) lines.push(`  ${describeIssue(issue)}`);
  }
  for (const r of report.recipients) {
    lines.push('', `-- ${r.address ?? '(no recipients: global values only)'}${r.path ? ` (${r.path})` : ''}`);
    if (r.subject !== undefined) lines.push(`subject: ${r.subject}`);
    if (r.encoding !== undefined) lines.push(`encoding: ${r.encoding}, characters: ${r.characters}, segments: ${r.segments}`);
    else if (r.characters !== undefined) lines.push(`characters: ${r.characters}`);
    if (r.text !== null) lines.push(...r.text.split('\n').map((l) => `  | ${l}`));
    if (r.missing.length > 0) lines.push(`unresolved: ${r.missing.map((m) => `$(${m})`).join(', ')}`);
    for (const problem of r.problems) lines.push(`error: ${problem}`);
  }
  lines.push(
    '',
    report.ok ? 'OK: every recipient gets a complete message within the limits.' : 'NOT OK: fix the errors above before sending.',
  );
  return lines.join('\n');
}
