import { randomUUID } from 'node:crypto';
import type {
  JobProgress,
  ListPage,
  ListQuery,
  OutboundRequestSummary,
  RecipientsPage,
  RecipientsQuery,
  RequestDetail,
  SendsPage,
  SendsQuery,
  SendReceipt,
  ValidateResult,
} from '../../../shared/contract/outbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { ApiVersion } from '../../../shared/api/api-version';
import { missingSecretBlockers } from '../../../shared/outbound/send-blockers';
import type { Profile } from '../../../shared/profiles/profile';
import type { z } from 'zod';
import type { CoreContext } from '../area';
import type { InboundService } from '../inbound/service';
import type { ProfilesService } from '../profiles/service';
import { adoptOrphans } from './adopt-orphans';
import { AttemptRepo } from './attempt-repo';
import { JobProgressReporter } from './job-progress';
import { JobRepo, type JobRow } from './job-repo';
import { newOwnerId } from './owner';
import { planSend } from './plan';
import { writeQueuedSend } from './queue-send';
import { listRequests, requestDetail, toSummary } from './history';
import { RecipientRepo } from './recipient-repo';
import { RequestRepo } from './request-repo';
import { SendsReader } from './sends';
import { OutboxWorker } from './worker';

export interface OutboundDeps {
  profiles: ProfilesService;
  inbound: InboundService;
}

export interface OutboxOptions {
  /** Destinations per second for every profile, overriding their TPS for splitting and pacing (benchmarks). */
  tpsOverride?: number;
  /** A lower per-request cap than the vendor's 1000 (tests that need many small requests). */
  maxPerRequest?: number;
  concurrency?: number;
}

export interface SendInput {
  profileId: string;
  /** The client's id for this user action: a send with an id already used queues nothing. */
  sendId?: string | undefined;
  api?: ApiVersion | undefined;
  body: unknown;
}

/** How often a running worker looks for jobs whose process died (to finish them). */
const ADOPT_EVERY_MS = 10_000;
const MAX_REPORTED_ERRORS = 200;

/**
 * The outbox: a send is validated, split and written (queued) before anything goes on the wire;
 * the worker sends it; History reads the same rows. See docs/ARCHITECTURE.md (Outbound).
 */
export class OutboxService {
  readonly owner = newOwnerId();
  private readonly requests: RequestRepo;
  private readonly jobs: JobRepo;
  private readonly attempts: AttemptRepo;
  private readonly recipientRows: RecipientRepo;
  private readonly reader: SendsReader;
  private readonly worker: OutboxWorker;
  private readonly reporter: JobProgressReporter;
  private adoptTimer: NodeJS.Timeout | undefined;
  private workerStarted = false;

  constructor(
    private readonly ctx: CoreContext,
    private readonly deps: OutboundDeps,
    private readonly options: OutboxOptions = {},
  ) {
    this.requests = new RequestRepo(ctx.db);
    this.jobs = new JobRepo(ctx.db);
    this.attempts = new AttemptRepo(ctx.db);
    this.recipientRows = new RecipientRepo(ctx.db);
    this.reader = new SendsReader({
      jobs: this.jobs,
      requests: this.requests,
      recipients: this.recipientRows,
      inbound: deps.inbound,
      profiles: deps.profiles,
      log: ctx.log,
      offline: () => this.worker.offline,
    });
    this.reporter = new JobProgressReporter(ctx, this.jobs, this.requests, () => this.worker.offline);
    const claimMany = ctx.db.transaction((requests: { id: string; attempt: number }[], now: number) => {
      const claimed = new Set<string>();
      for (const { id, attempt } of requests) {
        if (!this.requests.claim(id, this.owner, now)) continue;
        this.attempts.start(id, attempt, now);
        claimed.add(id);
      }
      return claimed;
    });
    this.worker = new OutboxWorker({
      requests: this.requests,
      attempts: this.attempts,
      recipients: this.recipientRows,
      claimMany: (requests, now) => (requests.length === 0 ? new Set<string>() : claimMany(requests, now)),
      transaction: (write) => ctx.db.transaction(write)(),
      profiles: deps.profiles,
      status: ctx.status,
      log: ctx.log,
      owner: this.owner,
      // A one-shot core closes its database without stopping areas it never started.
      isOpen: () => ctx.db.open,
      onChange: (row) => this.reporter.changed(row),
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      ...(options.tpsOverride === undefined ? {} : { tpsOverride: options.tpsOverride }),
    });
  }

  /** Starts sending: finishes jobs left by processes that died, then keeps watching for more. */
  start(): void {
    this.adoptOrphans();
    this.adoptTimer = setInterval(() => this.adoptOrphans(), ADOPT_EVERY_MS);
    this.adoptTimer.unref();
    this.ensureWorker();
  }

  async stop(): Promise<void> {
    clearInterval(this.adoptTimer);
    this.reporter.stop();
    if (this.workerStarted) await this.worker.stop();
    this.workerStarted = false;
  }

  private ensureWorker(): void {
    if (this.workerStarted) return;
    this.workerStarted = true;
    this.worker.start();
  }

  /** Takes over running jobs whose process is gone (adopt-orphans.ts) and sends what they left queued. */
  adoptOrphans(): number {
    const { ctx, jobs, requests, attempts, reporter, owner } = this;
    const adopted = adoptOrphans({ ctx, jobs, requests, attempts, reporter, owner });
    if (adopted > 0) this.worker.poke();
    return adopted;
  }

  private requireProfile(profileId: string): Profile {
    const profile = this.deps.profiles.find(profileId);
    if (!profile)
      throw new ContractError(
        ErrorCodes.notFound,
        `No profile "${profileId}". Pick one of: ${this.deps.profiles
          .list()
          .map((p) => p.name)
          .join(', ')}.`,
        'profileId',
      );
    return profile;
  }

  validate(input: SendInput): ValidateResult {
    const profile = this.requireProfile(input.profileId);
    const plan = planSend(input.api, input.body, this.options.tpsOverride ?? profile.tps, this.options.maxPerRequest);
    return {
      api: plan.api,
      errors: plan.errors.slice(0, MAX_REPORTED_ERRORS),
      warnings: plan.warnings.slice(0, MAX_REPORTED_ERRORS),
      batches: plan.summary,
      blockers: missingSecretBlockers(profile),
    };
  }

  /** The receipt of the job already queued under this send id, if any. */
  private alreadySent(sendId: string | undefined): SendReceipt | undefined {
    const job = sendId === undefined ? undefined : this.jobs.bySendId(sendId);
    return job && { jobId: job.id, requestCount: job.request_count, destinations: job.destinations };
  }

  /**
   * Validates, splits and queues a send (all its requests in one transaction); the worker sends.
   * A send id already used returns that send's receipt and queues nothing (single flight).
   */
  send(input: SendInput): SendReceipt {
    const earlier = this.alreadySent(input.sendId);
    if (earlier) return earlier;
    const profile = this.requireProfile(input.profileId);
    const blocker = missingSecretBlockers(profile)[0];
    if (blocker) throw new ContractError(blocker.code, blocker.message, 'profileId');
    const plan = planSend(input.api, input.body, this.options.tpsOverride ?? profile.tps, this.options.maxPerRequest);
    if (plan.errors.length > 0) {
      const shown = plan.errors.slice(0, 10).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
      const more = plan.errors.length > shown.length ? `; and ${plan.errors.length - shown.length} more` : '';
      throw new ContractError(ErrorCodes.invalidInput, `Not sent: ${shown.join('; ')}${more}`, plan.errors[0]!.path || undefined);
    }
    const jobId = randomUUID();
    const now = Date.now();
    const queued = this.ctx.db
      .transaction((): SendReceipt | undefined => {
        // Another process (the CLI, a second window) may have queued this send id meanwhile.
        const raced = this.alreadySent(input.sendId);
        if (raced) return raced;
        writeQueuedSend({ jobs: this.jobs, requests: this.requests, recipients: this.recipientRows }, plan, {
          jobId,
          profileId: profile.id,
          sendId: input.sendId ?? null,
          owner: this.owner,
          now,
        });
        return undefined;
      })
      .immediate();
    if (queued) return queued;
    this.ctx.log.info('outbox: queued a send', {
      job: jobId,
      api: plan.api,
      requests: plan.batches.length,
      destinations: plan.summary.destinations,
    });
    this.ensureWorker();
    this.worker.poke();
    this.reporter.now(jobId);
    return { jobId, requestCount: plan.batches.length, destinations: plan.summary.destinations };
  }

  cancel(jobId: string): JobProgress {
    const job = this.requireJob(jobId);
    const now = Date.now();
    this.ctx.db.transaction(() => {
      this.requests.cancelQueued(jobId, now);
      if (this.requests.countsForJob(jobId).every((c) => c.state !== 'sending')) this.jobs.finish(jobId, 'cancelled', now);
    })();
    this.worker.poke();
    this.ctx.events.emit('outbound:updated', { id: '', jobId, state: 'cancelled' });
    const progress = this.reporter.progress(this.requireJob(job.id));
    this.ctx.events.emit('outbound:progress', progress);
    return progress;
  }

  runningJobs(): JobProgress[] {
    return this.jobs.running().map((job) => this.reporter.progress(job));
  }

  /** Resolves when the job has nothing left to send (done or cancelled). */
  waitForJob(jobId: string): Promise<JobProgress> {
    return this.reporter.whenFinished(this.requireJob(jobId));
  }

  list(query: z.output<typeof ListQuery>): ListPage {
    return listRequests(this.requests, query);
  }

  /** History's list: sends (jobs), newest first, each with its delivery summary. */
  sends(query: z.output<typeof SendsQuery>): SendsPage {
    return this.reader.sends(query);
  }

  recipients(query: z.output<typeof RecipientsQuery>): RecipientsPage {
    return this.reader.recipients(query);
  }

  exportRecipients(jobId: string): { filename: string; csv: string } {
    return this.reader.exportCsv(jobId);
  }

  get(id: string): RequestDetail {
    return requestDetail(
      { requests: this.requests, attempts: this.attempts, recipients: this.recipientRows, inbound: this.deps.inbound, log: this.ctx.log },
      id,
    );
  }

  /**
   * Sends a request's body again as a new job: the user's explicit choice (also for `unknown`).
   * `sendId`, as for send, makes a repeated call (a retried bridge call) queue it once.
   */
  resend(id: string, sendId?: string): SendReceipt {
    const row = this.requests.get(id);
    if (!row) throw new ContractError(ErrorCodes.notFound, `No sent request ${id}.`);
    if (row.state === 'queued' || row.state === 'sending')
      throw new ContractError(ErrorCodes.conflict, 'This request is still in the outbox; wait for it or cancel its send first.');
    return this.send({ profileId: row.profile_id, api: row.api, body: JSON.parse(row.body) as unknown, ...(sendId ? { sendId } : {}) });
  }

  /** The user decides what became of an `unknown` request (e.g. after seeing its receipts). */
  settle(id: string, as: 'accepted' | 'failed'): OutboundRequestSummary {
    const row = this.requests.get(id);
    if (!row) throw new ContractError(ErrorCodes.notFound, `No sent request ${id}.`);
    if (row.state !== 'unknown')
      throw new ContractError(ErrorCodes.conflict, `Only a request whose outcome is unknown can be settled; this one is ${row.state}.`);
    this.requests.settle(
      id,
      as,
      {
        code: 'settled',
        description: `Marked ${as} by the user.`,
        transids: JSON.parse(row.transids) as string[],
        messageIds: JSON.parse(row.message_ids) as string[],
      },
      Date.now(),
    );
    this.reporter.changed({ ...row, state: as });
    return toSummary(this.requests.summary(id)!);
  }

  private requireJob(jobId: string): JobRow {
    const job = this.jobs.get(jobId);
    if (!job) throw new ContractError(ErrorCodes.notFound, `No send job ${jobId}.`);
    return job;
  }
}
