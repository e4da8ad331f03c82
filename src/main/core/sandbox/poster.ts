import type { SandboxLog } from './sandbox-log';

export interface PosterOptions {
  log: SandboxLog;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
  /** Posts in flight at once; the rest wait their turn (a 1000-destination send makes 2000+). */
  maxInFlight?: number;
}

interface Job {
  kind: 'receipt' | 'reply';
  url: string;
  payload: unknown;
  attempt: number;
}

/**
 * Posts the sandbox's webhooks (receipts, replies) on timers. A failed post is logged and retried a
 * few times, then dropped: nothing here may throw into the sandbox. close() cancels what is pending.
 */
export class WebhookPoster {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private closed = false;
  private readonly retryDelays: readonly number[];
  private readonly timeoutMs: number;
  private readonly maxInFlight: number;
  private readonly queue: Job[] = [];
  private active = 0;

  constructor(private readonly options: PosterOptions) {
    this.retryDelays = options.retryDelaysMs ?? [500, 2000, 5000];
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.maxInFlight = options.maxInFlight ?? 16;
  }

  /** Runs `task` after `delayMs` unless the poster is closed first. */
  later(delayMs: number, task: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) task();
    }, delayMs);
    this.timers.add(timer);
  }

  /** Posts `payload` as JSON to `url` when a slot is free, with retries. */
  post(kind: 'receipt' | 'reply', url: string, payload: unknown, attempt = 1): void {
    if (this.closed) return;
    this.queue.push({ kind, url, payload, attempt });
    this.pump();
  }

  /** Posts waiting for a slot (for tests and the UI). */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (!this.closed && this.active < this.maxInFlight && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.active++;
      void this.send(job.url, job.payload).then(({ ok, status, error }) => {
        this.active--;
        this.options.log.add({ kind: job.kind, url: job.url, attempt: job.attempt, ok, status, error, payload: job.payload });
        const wait = ok ? undefined : this.retryDelays[job.attempt - 1];
        if (wait !== undefined) this.later(wait, () => this.post(job.kind, job.url, job.payload, job.attempt + 1));
        this.pump();
      });
    }
  }

  private async send(url: string, payload: unknown): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    const abort = new AbortController();
    this.inFlight.add(abort);
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Relaydesk-Sandbox' },
        body: JSON.stringify(payload),
        signal: abort.signal,
      });
      await response.arrayBuffer().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return { ok, status: response.status, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      const reason = abort.signal.aborted
        ? this.closed
          ? 'sandbox closed'
          : `no answer in ${this.timeoutMs} ms`
        : describeFetchError(error);
      return { ok: false, status: null, error: reason };
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(abort);
    }
  }

  close(): void {
    this.closed = true;
    this.queue.length = 0;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const abort of this.inFlight) abort.abort();
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
