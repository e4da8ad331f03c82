import type { z } from 'zod';
import type {
  DeliveryCounts,
  DeliveryState,
  RecipientOutcome,
  RecipientsPage,
  RecipientsQuery,
  SendsPage,
  SendsQuery,
  SendSummary,
} from '../../../shared/contract/outbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import { csvFile } from '../../../shared/outbound/csv';
import { receiptStateOf, stateOfStatusWord, type ReceiptState } from '../../../shared/inbound/receipt-state';
import { deliveryOf, emptyCounts, foldReceipts, receiptWords } from '../../../shared/outbound/delivery';
import type { ReceiptLink } from '../inbound/service';
import type { ProfilesService } from '../profiles/service';
import type { JobRepo, SendRow } from './job-repo';
import { LinkReader, type LinkDeps, type RecipientLinks } from './link-reader';
import { addressVariants } from './linking';
import type { RecipientRow } from './recipient-repo';

// History's read side by send (job) and by recipient: what the user clicked, and what became of
// each destination (DeliveryState rules in src/shared/outbound/delivery.ts).

export interface SendsDeps extends LinkDeps {
  jobs: JobRepo;
  profiles: ProfilesService;
  /** True while the worker cannot reach the network (a running send shows as offline). */
  offline(): boolean;
}

/** failedOnly looks at this many of the newest matching sends (each needs its receipts read). */
const FAILED_ONLY_SCAN = 1000;
const PREVIEW_CHARS = 80;

function clip(text: string | null): string | null {
  if (text === null) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

function outcomeOf(link: RecipientLinks): RecipientOutcome {
  const { row, request, receipts, replies } = link;
  const states = receipts.map((event) => receiptStateOf(event) ?? 'unknown');
  const delivery = deliveryOf(request.state, states);
  // The receipt that decided the state (a late "submitted" does not hide an earlier "delivered").
  const folded = foldReceipts(states);
  let decisive: ReceiptLink | undefined;
  for (let at = receipts.length - 1; at >= 0 && decisive === undefined; at--) if (states[at] === folded) decisive = receipts[at];
  const reply = replies[0];
  return {
    jobId: row.job_id,
    requestId: row.request_id,
    requestSeq: request.seq,
    destination: row.address,
    text: row.text,
    delivery,
    api: { state: request.state, code: request.response_code, description: request.response_description },
    vendorId: row.vendor_id,
    lastReceipt: decisive
      ? {
          status: decisive.status?.deliveryStatus ?? 'receipt',
          code: decisive.status?.code ?? null,
          words: receiptWords(decisive.status?.deliveryStatus ?? null, decisive.status?.code ?? null, decisive.status?.description ?? null),
          at: decisive.receivedAt,
          eventId: decisive.id,
        }
      : null,
    likelyReply: reply ? { text: reply.text, at: reply.receivedAt, eventId: reply.id } : null,
  };
}

/** Status words already read (a send's receipts say a handful of words, 220,000 times). */
const wordStates = new Map<string, ReceiptState>();
const WORDS_REMEMBERED = 1000;

/** receiptStateOf of a receipt (`unknown` without a word), each distinct word read once. */
function stateOfReceipt(event: ReceiptLink): ReceiptState {
  const word = event.status?.deliveryStatus ?? null;
  if (word === null) return receiptStateOf(event) ?? 'unknown';
  let state = wordStates.get(word);
  if (state === undefined) {
    if (wordStates.size >= WORDS_REMEMBERED) wordStates.clear();
    wordStates.set(word, (state = stateOfStatusWord(word)));
  }
  return state;
}

const isProblemState = (state: DeliveryState): boolean => state === 'failed' || state === 'unknown';
const isProblem = (o: RecipientOutcome): boolean => isProblemState(o.delivery);

export class SendsReader {
  private readonly links: LinkReader;

  constructor(private readonly deps: SendsDeps) {
    this.links = new LinkReader(deps);
  }

  outcomes(rows: readonly RecipientRow[]): RecipientOutcome[] {
    return this.links.link(rows).recipients.map(outcomeOf);
  }

  /**
   * The same counts as tallying outcomes() of every recipient, reading only the recipients of
   * requests some receipt belongs to: the rest have their request's state (deliveryOf with no
   * receipt), counted in SQL. A 100,000-recipient send with no receipts took seconds to tally.
   */
  private deliveryCounts(jobId: string): DeliveryCounts {
    const delivery = emptyCounts();
    const { perRequest, requests, byReceipts } = this.deliveriesByReceipts(jobId);
    for (const [id, request] of requests) {
      const named = byReceipts.get(id);
      for (const state of named?.values() ?? []) delivery[state]++;
      delivery[deliveryOf(request.state, [])] += perRequest.get(id)! - (named?.size ?? 0);
    }
    return delivery;
  }

  /**
   * A send's requests, their recipient counts, and the delivery of each recipient some receipt
   * names (by request id, then position). Reads only what linking needs of the recipients.
   */
  private deliveriesByReceipts(jobId: string) {
    const perRequest = this.deps.recipients.countsByRequest(jobId);
    const requests = new Map(this.deps.requests.linkRows([...perRequest.keys()]).map((r) => [r.id, r]));
    const { receiptsOf } = this.links.receiptsOf([...requests.values()], (id) => this.deps.recipients.linkRecipientsOf(id));
    const byReceipts = new Map<string, Map<number, DeliveryState>>();
    const states: ReceiptState[] = [];
    for (const [row, receipts] of receiptsOf) {
      states.length = 0;
      for (const event of receipts) states.push(stateOfReceipt(event));
      let ofRequest = byReceipts.get(row.request_id);
      if (!ofRequest) byReceipts.set(row.request_id, (ofRequest = new Map()));
      ofRequest.set(row.position, deliveryOf(requests.get(row.request_id)!.state, states));
    }
    return { perRequest, requests, byReceipts };
  }

  /**
   * One page of a send's recipients, linking only that page's rows (replies are looked up per
   * address, so linking a 100,000-recipient send took minutes). failedOnly picks the rows by
   * delivery alone (request state and receipts; a reply does not change it), as the sends list counts.
   */
  private sendPage(jobId: string, failedOnly: boolean, offset: number, limit: number): RecipientsPage {
    let rows: RecipientRow[];
    let total: number;
    if (!failedOnly) {
      total = [...this.deps.recipients.countsByRequest(jobId).values()].reduce((sum, n) => sum + n, 0);
      rows = this.deps.recipients.pageForJob(jobId, offset, limit);
    } else {
      ({ rows, total } = this.problemRows(jobId, offset, limit));
    }
    const items = this.links.link(rows).recipients.map(outcomeOf);
    return { items, total };
  }

  /**
   * The failed and unknown rows of a send from `offset` (forJob's order: request, then position),
   * and how many there are. Counted by position; only the page's rows are read whole (reading
   * all 100,000 to keep 200 was a tenth of the failed page).
   */
  private problemRows(jobId: string, offset: number, limit: number): { rows: RecipientRow[]; total: number } {
    const { requests, byReceipts } = this.deliveriesByReceipts(jobId);
    const rows: RecipientRow[] = [];
    let total = 0;
    for (const request of [...requests.values()].sort((a, b) => a.seq - b.seq)) {
      const named = byReceipts.get(request.id);
      const unnamedIsProblem = isProblemState(deliveryOf(request.state, []));
      if (!unnamedIsProblem && named === undefined) continue;
      const positions = unnamedIsProblem ? this.deps.recipients.positionsOf(request.id) : [...named!.keys()].sort((a, b) => a - b);
      const wanted: number[] = [];
      for (const position of positions) {
        if (!isProblemState(named?.get(position) ?? deliveryOf(request.state, []))) continue;
        if (total >= offset && total < offset + limit) wanted.push(position);
        total++;
      }
      rows.push(...this.deps.recipients.atPositions(request.id, wanted));
    }
    return { rows, total };
  }

  private summary(job: SendRow): SendSummary {
    const delivery = this.deliveryCounts(job.id);
    return {
      jobId: job.id,
      createdAt: job.created_at,
      finishedAt: job.finished_at,
      profileId: job.profile_id,
      profileName: this.deps.profiles.find(job.profile_id)?.name ?? null,
      api: job.api === 'v1' ? 'v1' : 'v2',
      channel: job.channel,
      requests: job.request_count,
      destinations: job.destinations,
      state: job.state === 'running' && this.deps.offline() ? 'offline' : job.state,
      firstAddress: job.first_address,
      preview: clip(job.first_text),
      delivery,
    };
  }

  sends(query: z.output<typeof SendsQuery>): SendsPage {
    if (!query.failedOnly) {
      const { rows, total } = this.deps.jobs.page(query.search, query.offset, query.limit);
      return { items: rows.map((job) => this.summary(job)), total };
    }
    const { rows } = this.deps.jobs.page(query.search, 0, FAILED_ONLY_SCAN);
    const failing = rows.map((job) => this.summary(job)).filter((send) => send.delivery.failed + send.delivery.unknown > 0);
    return { items: failing.slice(query.offset, query.offset + query.limit), total: failing.length };
  }

  recipients(query: z.output<typeof RecipientsQuery>): RecipientsPage {
    let rows: RecipientRow[];
    if (query.jobId !== undefined) {
      if (!this.deps.jobs.get(query.jobId)) throw new ContractError(ErrorCodes.notFound, `No send job ${query.jobId}.`, 'jobId');
      if (query.address === undefined) return this.sendPage(query.jobId, query.failedOnly, query.offset, query.limit);
      const spellings = new Set(addressVariants(query.address));
      rows = this.deps.recipients.forJob(query.jobId).filter((row) => spellings.has(row.address));
    } else {
      rows = this.deps.recipients.forAddresses(addressVariants(query.address!));
    }
    const all = this.outcomes(rows).filter((o) => !query.failedOnly || isProblem(o));
    return { items: all.slice(query.offset, query.offset + query.limit), total: all.length };
  }

  exportCsv(jobId: string): { filename: string; csv: string } {
    const job = this.deps.jobs.get(jobId);
    if (!job) throw new ContractError(ErrorCodes.notFound, `No send job ${jobId}.`, 'jobId');
    const outcomes = this.outcomes(this.deps.recipients.forJob(jobId));
    const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());
    const csv = csvFile(
      [
        'destination',
        'request',
        'text',
        'outcome',
        'api_state',
        'api_code',
        'api_description',
        'vendor_id',
        'receipt_status',
        'receipt_code',
        'receipt',
        'receipt_at',
        'reply',
        'reply_at',
      ],
      outcomes.map((o) => [
        o.destination,
        o.requestSeq,
        o.text,
        o.delivery,
        o.api.state,
        o.api.code,
        o.api.description,
        o.vendorId,
        o.lastReceipt?.status,
        o.lastReceipt?.code,
        o.lastReceipt?.words,
        iso(o.lastReceipt?.at),
        o.likelyReply?.text,
        iso(o.likelyReply?.at),
      ]),
    );
    const stamp = new Date(job.created_at).toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return { filename: `relaydesk-send-${stamp}-${job.id.slice(0, 8)}.csv`, csv };
  }
}
