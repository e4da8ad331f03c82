import { ContractError, ErrorCodes } from '../../../shared/errors';
import { DestinationPacer, type PacedSend } from '../../../shared/outbound/pacing';
import { backoffMs, OFFLINE_PROBE_CAP_MS } from '../../../shared/outbound/retry';
import type { StatusBoard } from '../app/status-board';
import type { Logger } from '../logger';
import type { ProfilesService, SendTarget } from '../profiles/service';
import { answerRecord, offlineRecord, unknownRecord, type AnswerRecord, type Changed } from './answer-record';
import type { AttemptRepo } from './attempt-repo';
import { sendUrl } from './endpoint';
import { PostError, postJson, type HttpAnswer } from './http-post';
import { withoutCredentials } from './redact-credentials';
import type { RecipientRepo } from './recipient-repo';
import type { DueRow, RequestRepo } from './request-repo';

/**
 * Each send counts from its answer (see DestinationPacer.answered); a small margin on top covers
 * clocks that tick differently on the two ends.
 */
const PACING_WINDOW_MS = 1050;

export interface WorkerDeps {
  requests: RequestRepo;
  attempts: AttemptRepo;
  recipients: RecipientRepo;
  /** queued -> sending plus the attempt rows, in one transaction: the exactly-once gate. Returns the ids it got. */
  claimMany(requests: { id: string; attempt: number }[], now: number): Set<string>;
  /** Runs writes in one transaction (one commit, so one fsync, for many answers). */
  transaction(write: () => void): void;
  profiles: ProfilesService;
  status: StatusBoard;
  log: Logger;
  /** This process's identity in the outbox; see OutboxService. */
  owner: string;
  isOpen(): boolean;
  /** Called after each request changes state (progress, events, job completion). */
  onChange(row: Changed): void;
  /** Requests on the wire at once (pacing still holds). */
  concurrency?: number;
  /** Destinations per second, overriding every profile's TPS (the benchmark's "unlimited"). */
  tpsOverride?: number;
  random?: () => number;
}

/**
 * Sends queued requests of the jobs this process owns: paced by each profile's TPS, one claim per
 * try (queued -> sending is the exactly-once gate), answers recorded, retryable failures retried
 * with backoff and jitter, and network failures turned into "offline" with probes until it is back.
 */
export class OutboxWorker {
  private readonly pacers = new Map<string, DestinationPacer>();
  private readonly waitingProfiles = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private offlineUntil = 0;
  private offlineStreak = 0;
  private readonly pendingRecords: AnswerRecord[] = [];
  private poked = false;

  constructor(private readonly deps: WorkerDeps) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** New work or a cancel: look again now. */
  poke(): void {
    this.poked = true;
    this.wakeUp?.();
  }

  /** Stops taking new requests and waits for those on the wire. */
  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    this.flushRecords();
  }

  get offline(): boolean {
    return this.offlineUntil > 0;
  }

  private sleep(ms: number | undefined): Promise<void> {
    // Something happened since the loop last looked (new send, an answer): look again now.
    if (this.poked) {
      this.poked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.wakeUp = () => {
        this.wakeUp = undefined;
        clearTimeout(this.timer);
        resolve();
      };
      if (ms !== undefined) this.timer = setTimeout(() => this.wakeUp?.(), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    });
  }

  private pacer(profileId: string): DestinationPacer {
    const tps = this.deps.tpsOverride ?? this.deps.profiles.find(profileId)?.tps ?? 1;
    let pacer = this.pacers.get(profileId);
    if (!pacer || pacer.perSecond !== tps) {
      pacer = new DestinationPacer(tps, PACING_WINDOW_MS);
      this.pacers.set(profileId, pacer);
    }
    return pacer;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.runOnce();
      } catch (error) {
        if (!this.deps.isOpen()) break;
        // A bug or a full disk must not stop the outbox for good: say so and look again soon.
        this.deps.log.error('outbox: worker round failed', { error: String(error) });
        await this.sleep(1000);
      }
    }
    this.running = false;
  }

  /** One look at the outbox: claim and start what may go now, or sleep until something may. */
  private async runOnce(): Promise<void> {
    const concurrency = this.deps.concurrency ?? 4;
    if (!this.deps.isOpen()) {
      this.running = false;
      return;
    }
    const now = Date.now();
    // Offline: one probe at a time, when the backoff says so.
    const slots = this.offline ? (this.inFlight.size === 0 && now >= this.offlineUntil ? 1 : 0) : concurrency - this.inFlight.size;
    if (slots <= 0) {
      // Full: the answer that frees a slot is committed with the next claim. Offline: now.
      if (this.offline) this.flushRecords();
      await this.sleep(this.offline && this.inFlight.size === 0 ? this.offlineUntil - now : undefined);
      return;
    }
    const due = this.deps.requests.due(this.deps.owner, now, slots + this.waitingProfiles.size * 4);
    const ready: { row: DueRow; target: SendTarget; attempt: number; paced: PacedSend; pacer: DestinationPacer }[] = [];
    let waitMs: number | undefined;
    for (const row of due) {
      if (ready.length >= slots) break;
      const waitUntil = this.waitingProfiles.get(row.profile_id);
      if (waitUntil !== undefined && waitUntil > now) {
        waitMs = Math.min(waitMs ?? Infinity, waitUntil - now);
        continue;
      }
      const pacer = this.pacer(row.profile_id);
      const delay = pacer.delayFor(row.destinations, now);
      if (delay > 0) {
        waitMs = Math.min(waitMs ?? Infinity, delay);
        continue;
      }
      const target = await this.resolveTarget(row);
      if (!target) continue;
      const paced = pacer.record(row.destinations, Date.now());
      ready.push({ row, target, attempt: row.attempts + 1, paced, pacer });
    }
    // Claims are written before the HTTP calls (one commit for all of them): a crash from here on
    // leaves 'sending', which a successor reads as "may have arrived". Answers recorded since the
    // last look go in the same commit: one fsync per round, not two per request.
    const records = this.pendingRecords.splice(0);
    let claimed = new Set<string>();
    if (records.length > 0 || ready.length > 0) {
      try {
        this.deps.transaction(() => {
          for (const record of records) record.write();
          claimed = this.deps.claimMany(
            ready.map((r) => ({ id: r.row.id, attempt: r.attempt })),
            Date.now(),
          );
        });
      } catch (error) {
        this.deps.log.error('outbox: could not record answers or claim requests', { error: String(error) });
        // Keep the answers for the next round rather than lose them (their rows stay 'sending' meanwhile).
        this.pendingRecords.unshift(...records);
        if (!this.deps.isOpen()) return;
        await this.sleep(1000);
        return;
      }
      for (const record of records) this.deps.onChange(record.changed);
    }
    let started = 0;
    for (const { row, target, attempt, paced, pacer } of ready) {
      if (!claimed.has(row.id)) continue;
      const sending = this.send(row, attempt, target)
        .catch((error: unknown) => {
          this.deps.log.error('outbox: sending failed unexpectedly', { request: row.id, error: String(error) });
        })
        .finally(() => pacer.answered(paced, Date.now()));
      this.inFlight.add(sending);
      void sending.finally(() => {
        this.inFlight.delete(sending);
        this.poke();
      });
      this.deps.onChange({ id: row.id, job_id: row.job_id, state: 'sending' });
      started++;
    }
    if (started > 0) return;
    if (waitMs === undefined && due.length === 0) {
      const next = this.deps.requests.nextDueAt(this.deps.owner);
      waitMs = next === undefined ? undefined : Math.max(0, next - Date.now());
    }
    await this.sleep(waitMs ?? (due.length > 0 ? 50 : undefined));
  }

  /**
   * An answer is committed with the loop's next claim (one fsync for both): a crash before that
   * commit leaves the request 'sending', i.e. 'unknown' for the successor, never sent twice.
   */
  private record(answer: AnswerRecord): void {
    this.pendingRecords.push(answer);
    this.poke();
  }

  /** Commits recorded answers now (when the loop will not claim anything soon, and at stop). */
  private flushRecords(): void {
    const batch = this.pendingRecords.splice(0);
    if (batch.length === 0 || !this.deps.isOpen()) return;
    try {
      this.deps.transaction(() => {
        for (const item of batch) item.write();
      });
    } catch (error) {
      this.deps.log.error('outbox: could not record answers', { requests: batch.map((b) => b.changed.id), error: String(error) });
      this.pendingRecords.unshift(...batch);
      return;
    }
    for (const item of batch) this.deps.onChange(item.changed);
  }

  /** Credentials and URL for one try; undefined when the request must wait or has failed. */
  private async resolveTarget(row: DueRow): Promise<SendTarget | undefined> {
    try {
      const target = await this.deps.profiles.target(row.profile_id);
      this.waitingProfiles.delete(row.profile_id);
      return target;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ContractError && error.code === ErrorCodes.unavailable) {
        // e.g. the in-app sandbox is not up yet: keep the request queued and look again soon.
        this.waitingProfiles.set(row.profile_id, Date.now() + 2000);
        return undefined;
      }
      if (!this.deps.isOpen()) return undefined;
      if (this.deps.requests.claim(row.id, this.deps.owner, Date.now())) {
        this.deps.requests.settle(row.id, 'failed', { code: 'credentials', description: message }, Date.now());
        this.deps.onChange({ id: row.id, job_id: row.job_id, state: 'failed' });
      }
      return undefined;
    }
  }

  private async send(row: DueRow, attempt: number, target: SendTarget): Promise<void> {
    const body = this.deps.requests.body(row.id);
    if (body === undefined) return;
    let answer: HttpAnswer;
    try {
      answer = withoutCredentials(await postJson(sendUrl(target.baseUrl, row.api), target.headers, body), target.headers);
    } catch (error) {
      const failure = error instanceof PostError ? error : new PostError(String(error), 'maybe', false);
      const now = Date.now();
      if (failure.delivered === 'no') {
        // Provably never arrived: offline. Keep it queued and probe with growing pauses.
        this.offlineStreak++;
        const next = now + backoffMs(this.offlineStreak, this.deps.random, OFFLINE_PROBE_CAP_MS);
        this.offlineUntil = next;
        this.deps.status.setOnline(false);
        this.record(offlineRecord(this.deps, row, attempt, failure, now, next));
        return;
      }
      this.record(unknownRecord(this.deps, row, attempt, failure, Date.now()));
      return;
    }
    this.offlineStreak = 0;
    this.offlineUntil = 0;
    this.deps.status.setOnline(true);
    this.record(answerRecord(this.deps, row, attempt, answer, Date.now()));
  }
}
