import { randomUUID } from 'node:crypto';
import type { PollSource } from '../../../shared/contract/inbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import { normalizePayload } from '../../../shared/inbound/normalize';
import {
  POLL_BACKOFF_MAX_SECONDS,
  POLL_MAX_ITEMS_PER_RESPONSE,
  POLL_MAX_RESPONSE_BYTES,
  POLL_TIMEOUT_MS,
} from '../../../shared/limits/inbound';
import type { EventBus } from '../event-bus';
import type { Logger } from '../logger';
import type { IngestWriter } from './ingest-writer';
import { nextCursor, parsePollBody } from './poll-parse';
import type { PollSourceRecord, PollSourceRepo } from './poll-source-repo';
import { readCapped, readPreview } from '../response-text';
import { preview } from './webhook-request';
import { textWithoutCredentials } from '../outbound/redact-credentials';
import type { SecretStore } from './secrets';

// Polling, for a desktop no webhook can reach: each enabled source is fetched every interval;
// payloads (JSON array or NDJSON) go through the same ingest as webhooks, dedupe included. The
// cursor (ETag and/or an id/timestamp query parameter) is kept in SQLite so a restart resumes
// where it left off. Failures back off (interval x 2^failures, capped) and show in the UI.

export interface AddPollSource {
  name: string;
  url: string;
  intervalSeconds: number;
  authHeaderName?: string;
  authHeaderValue?: string;
  cursorParam?: string;
}

type Status = PollSource['state']['status'];

const account = (id: string) => `inbound-poll:${id}` as const;

/** Of an error page, a line is enough: the status is the news. */
const ERROR_PREVIEW_CHARS = 200;

/** Delay before the next poll: the interval, doubled per consecutive failure, capped. */
export function pollDelaySeconds(intervalSeconds: number, failures: number): number {
  if (failures === 0) return intervalSeconds;
  return Math.max(intervalSeconds, Math.min(intervalSeconds * 2 ** failures, POLL_BACKOFF_MAX_SECONDS));
}

export class Poller {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly nextAt = new Map<string, number>();
  private readonly busy = new Map<string, Promise<void>>();
  private running = false;

  constructor(
    private readonly repo: PollSourceRepo,
    private readonly ingest: IngestWriter,
    private readonly secrets: SecretStore,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.running = true;
    for (const source of this.repo.list()) if (source.enabled) this.schedule(source.id, 0);
  }

  stop(): void {
    this.running = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.nextAt.clear();
  }

  list(): PollSource[] {
    return this.repo.list().map((r) => this.describe(r));
  }

  add(input: AddPollSource): PollSource {
    const id = randomUUID();
    const hasAuth = input.authHeaderValue !== undefined;
    if (hasAuth && input.authHeaderName === undefined) {
      throw new ContractError(
        ErrorCodes.invalidInput,
        'authHeaderName: give the header name for the auth value (e.g. Authorization)',
        'authHeaderName',
      );
    }
    if (hasAuth) this.secrets.set(account(id), input.authHeaderValue!);
    this.repo.insert({
      id,
      name: input.name,
      url: input.url,
      interval_seconds: input.intervalSeconds,
      auth_header_name: input.authHeaderName ?? null,
      auth_set: hasAuth ? 1 : 0,
      cursor_param: input.cursorParam ?? null,
    });
    if (this.running) this.schedule(id, 0);
    this.changed();
    return this.describe(this.mustGet(id));
  }

  remove(id: string): boolean {
    // The auth value goes first: a keychain that cannot be used refuses the removal (with how to
    // fix it) rather than leaving the secret behind with no source to find it by.
    if (this.repo.get(id)?.auth_set) this.secrets.delete(account(id));
    this.unschedule(id);
    const removed = this.repo.delete(id);
    if (removed) this.changed();
    return removed;
  }

  setEnabled(id: string, enabled: boolean): PollSource {
    this.mustGet(id);
    this.repo.setEnabled(id, enabled);
    this.unschedule(id);
    if (enabled && this.running) this.schedule(id, 0);
    this.changed();
    return this.describe(this.mustGet(id));
  }

  /** Polls now (clearing any backoff wait) and resolves with the new state. */
  async pollNow(id: string): Promise<PollSource> {
    this.mustGet(id);
    this.unschedule(id);
    await this.poll(id);
    return this.describe(this.mustGet(id));
  }

  /** One poll of one source (joins the one in flight). Never throws: failures are recorded on the source. */
  poll(id: string): Promise<void> {
    const inFlight = this.busy.get(id);
    if (inFlight) return inFlight;
    const source = this.repo.get(id);
    if (!source) return Promise.resolve();
    const run = this.pollOnce(source);
    this.busy.set(id, run);
    this.changed();
    return run;
  }

  private async pollOnce(source: PollSourceRecord): Promise<void> {
    const id = source.id;
    await Promise.resolve();
    const startedAt = Date.now();
    let failures = source.failures;
    try {
      const stored = await this.fetchAndIngest(source);
      failures = 0;
      // Readable items were stored; lines that were not are in Rejected, and the source says so.
      const skipped =
        stored.unreadable === 0
          ? null
          : `${stored.unreadable === 1 ? '1 line' : `${stored.unreadable} lines`} of the last response could not be read as JSON; see Rejected`;
      this.repo.update(
        id,
        { last_poll_at: startedAt, last_success_at: Date.now(), last_error: skipped, failures: 0, ...stored.state },
        stored.count,
      );
    } catch (error) {
      failures += 1;
      const message = error instanceof Error ? error.message : String(error);
      this.repo.update(id, { last_poll_at: startedAt, last_error: message, failures });
      // Origin and path only: a key a user put in the query string stays out of the log file.
      this.log.warn('poll failed', { source: id, url: withoutQuery(source.url), error: message, failures });
    } finally {
      this.busy.delete(id);
    }
    const fresh = this.repo.get(id);
    if (fresh?.enabled && this.running) this.schedule(id, pollDelaySeconds(fresh.interval_seconds, failures) * 1000);
    this.changed();
  }

  private async fetchAndIngest(
    source: PollSourceRecord,
  ): Promise<{ count: number; unreadable: number; state: { cursor?: string | null; etag?: string | null } }> {
    const url = new URL(source.url);
    if (source.cursor_param && source.cursor) url.searchParams.set(source.cursor_param, source.cursor);
    const headers: Record<string, string> = { accept: 'application/json, application/x-ndjson' };
    if (source.etag) headers['if-none-match'] = source.etag;
    let authValue: string | undefined;
    if (source.auth_header_name && source.auth_set) {
      const value = this.secrets.get(account(source.id));
      if (value === null) throw new Error(`the ${source.auth_header_name} value is not in the keychain; remove and re-add this source`);
      headers[source.auth_header_name] = authValue = value;
    }
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(POLL_TIMEOUT_MS), redirect: 'follow' });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(`cannot reach ${url.origin}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    if (response.status === 304) return { count: 0, unreadable: 0, state: {} };
    if (!response.ok) {
      // An API may name the key it refused: read past the preview's end by the key's length, so
      // one that starts inside it is replaced whole before the cut.
      const authBytes = authValue === undefined ? 0 : Buffer.byteLength(authValue);
      const read = await readPreview(response, ERROR_PREVIEW_CHARS + authBytes).catch(() => '');
      const shown = authValue === undefined ? read : textWithoutCredentials(read, { auth: authValue });
      const preview = [...shown].slice(0, ERROR_PREVIEW_CHARS).join('');
      throw new Error(`HTTP ${response.status} from ${url.origin}${url.pathname}: ${preview}`);
    }
    const text = await readCapped(response, POLL_MAX_RESPONSE_BYTES);
    const parsed = parsePollBody(text, POLL_MAX_ITEMS_PER_RESPONSE);
    const responseHeaders = { 'content-type': response.headers.get('content-type') ?? '', 'x-relaydesk-poll-source': source.name };
    const results = await Promise.all(
      parsed.items.map((item) =>
        this.ingest.ingest({
          normalized: normalizePayload(item.value),
          raw: item.raw,
          headers: responseHeaders,
          via: 'poll',
          pollSourceId: source.id,
        }),
      ),
    );
    await Promise.all(
      parsed.problems.map((p) => {
        const shown = preview(Buffer.from(p.text));
        return this.ingest.reject({
          via: 'poll',
          method: 'GET',
          path: `${url.origin}${url.pathname}`,
          httpStatus: response.status,
          reason: `poll source "${source.name}": ${p.reason}`,
          contentType: response.headers.get('content-type'),
          bodyBytes: Buffer.byteLength(p.text),
          bodyPreview: shown.text,
          bodyTruncated: shown.truncated,
          headers: responseHeaders,
        });
      }),
    );
    // Nothing readable at all (a login page, a proxy's error page) is the source failing, not an
    // empty feed: it backs off and shows why.
    if (parsed.items.length === 0 && parsed.problems.length > 0) {
      throw new Error(`the response is neither JSON nor NDJSON (${parsed.problems[0]!.reason}); it is kept in Rejected`);
    }
    return {
      count: results.filter((r) => !r.duplicate).length,
      unreadable: parsed.problems.length,
      state: {
        etag: response.headers.get('etag') ?? source.etag,
        cursor: source.cursor_param ? nextCursor(response.headers.get('x-next-cursor'), parsed.items, source.cursor) : source.cursor,
      },
    };
  }

  private describe(r: PollSourceRecord): PollSource {
    const nextPollAt = this.nextAt.get(r.id) ?? null;
    let status: Status;
    if (!r.enabled) status = 'disabled';
    else if (this.busy.has(r.id)) status = 'polling';
    else if (r.failures > 0) status = 'backoff';
    else if (r.last_success_at !== null) status = 'ok';
    else status = 'idle';
    return {
      id: r.id,
      name: r.name,
      url: r.url,
      intervalSeconds: r.interval_seconds,
      enabled: r.enabled === 1,
      authHeaderName: r.auth_header_name,
      authSet: r.auth_set === 1,
      cursorParam: r.cursor_param,
      state: {
        status,
        lastPollAt: r.last_poll_at,
        lastSuccessAt: r.last_success_at,
        lastError: r.last_error,
        failures: r.failures,
        nextPollAt,
        cursor: r.cursor ?? r.etag,
        eventsStored: r.events_stored,
      },
    };
  }

  private mustGet(id: string): PollSourceRecord {
    const source = this.repo.get(id);
    if (!source) throw new ContractError(ErrorCodes.notFound, `No poll source ${id}; it may have been removed.`);
    return source;
  }

  private schedule(id: string, delayMs: number): void {
    this.unschedule(id);
    this.nextAt.set(id, Date.now() + delayMs);
    const timer = setTimeout(() => {
      this.timers.delete(id);
      void this.poll(id);
    }, delayMs);
    timer.unref();
    this.timers.set(id, timer);
  }

  private unschedule(id: string): void {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
    this.nextAt.delete(id);
  }

  private changed(): void {
    this.bus.emit('inbound:pollState', { sources: this.list() });
  }
}

function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(unreadable URL)';
  }
}
