import type { SandboxLogEntry } from '../../../../shared/contract/sandbox';

/** One line per log entry, in plain words: what came in and what the sandbox answered or posted. */
export interface EntryLine {
  icon: string;
  title: string;
  detail: string;
  tone: 'ok' | 'warn' | 'danger' | 'muted';
}

function field(value: unknown, ...path: string[]): string | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' || typeof current === 'number' ? String(current) : undefined;
}

/** The vendor code in a sandbox answer: v1 `response[0].code` / `response.code`, v2 `code`. */
function answerCode(response: unknown): string | undefined {
  if (Array.isArray((response as { response?: unknown })?.response))
    return field((response as { response: unknown[] }).response[0], 'code');
  return field(response, 'response', 'code') ?? field(response, 'code');
}

function answerText(response: unknown): string | undefined {
  return field(response, 'response', 'description') ?? field(response, 'message');
}

export function describeEntry(entry: SandboxLogEntry): EntryLine {
  if (entry.kind === 'request') {
    const status = entry.status ?? 0;
    const code = answerCode(entry.response);
    const accepted = status === 201 || code === '1001';
    const api = entry.api ? `${entry.api} ` : '';
    const ids = Array.isArray((entry.response as { response?: unknown })?.response)
      ? `${(entry.response as { response: unknown[] }).response.length} queued`
      : field(entry.response, 'messageId')
        ? `message ${field(entry.response, 'messageId')}`
        : (answerText(entry.response) ?? (status === 401 ? 'authentication failed (no body)' : ''));
    return {
      icon: accepted ? '→' : '✕',
      title: `${api}${entry.method ?? 'POST'} ${entry.path ?? ''} · HTTP ${status}${code ? ` · ${code}` : ''}`,
      detail: ids,
      tone: accepted ? 'ok' : status >= 500 ? 'danger' : 'warn',
    };
  }
  if (entry.kind === 'receipt') {
    const info = (entry.payload as { deliveryInfoNotification?: { deliveryInfo?: unknown } })?.deliveryInfoNotification?.deliveryInfo;
    const status = field(info, 'deliveryStatus') ?? 'receipt';
    const code = field(info, 'code');
    const destination = field(info, 'destination') ?? '';
    const posted = entry.ok ? `posted to ${entry.url}` : `not posted (attempt ${entry.attempt ?? 1}): ${entry.error ?? 'failed'}`;
    return {
      icon: '✓',
      title: `Receipt ${status}${code ? ` (${code})` : ''} for ${destination}`,
      detail: posted,
      tone: !entry.ok ? 'danger' : status === 'Failed' ? 'warn' : 'ok',
    };
  }
  if (entry.kind === 'reply') {
    const from = field(entry.payload, 'oa') ?? '';
    const text = field(entry.payload, 'message') ?? '';
    return {
      icon: '↩',
      title: `Reply from ${from}: ${text}`,
      detail: entry.ok ? `posted to ${entry.url}` : `not posted (attempt ${entry.attempt ?? 1}): ${entry.error ?? 'failed'}`,
      tone: entry.ok ? 'ok' : 'danger',
    };
  }
  return { icon: '·', title: entry.message ?? '', detail: '', tone: 'muted' };
}
