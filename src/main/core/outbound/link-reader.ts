import type { InboundEventRow } from '../../../shared/inbound/event';
import type { InboundService, ReceiptLink } from '../inbound/service';
import type { Logger } from '../logger';
import { addressVariants, isReplyFrom, receiptBelongsTo, receiptVendorIds, sameAddress, type LinkableRequest } from './linking';
import type { LinkRecipient, RecipientRepo, RecipientRow } from './recipient-repo';
import type { LinkRow, RequestRepo } from './request-repo';

// Finds, for recipient rows of our sends, the receipts and replies that belong to them by the
// rules in linking.ts. The inbound area is asked by key (vendor ids, unique correlation ids and
// callbackData, addresses); what it returns is then judged here, so a key shared with another
// send never links by itself.

export interface LinkDeps {
  requests: RequestRepo;
  recipients: RecipientRepo;
  inbound: InboundService;
  log: Logger;
}

export interface RecipientLinks {
  row: RecipientRow;
  request: LinkRow;
  /** Receipts for this recipient, oldest first. */
  receipts: ReceiptLink[];
  /** Messages from this address after the send, oldest first; only on our latest send to it. */
  replies: InboundEventRow[];
}

export interface Linked {
  recipients: RecipientLinks[];
  /** Every receipt that belongs to each request (also those naming no recipient we can tell). */
  requestReceipts: Map<string, ReceiptLink[]>;
}

/** Keys per inbound lookup: far below SQLite's parameter limit. */
const KEYS_PER_LOOKUP = 200;
/** The most rows one findRelated call answers (InboundEventRepo.findRelated's limit). */
const FIND_RELATED_PAGE = 1000;

const parse = (json: string): string[] => JSON.parse(json) as string[];

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

/** The smallest of many times: Math.min(...times) throws past about 120,000 (one send's recipients). */
function earliest(times: readonly number[]): number {
  let min = Infinity;
  for (const time of times) if (time < min) min = time;
  return min;
}

/** A recipient row's identity (its request and position), the same for every read of it. */
export const rowKey = (row: LinkRecipient): string => `${row.request_id}#${row.position}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A request's recipient rows, indexed for finding the one a receipt speaks of: by its own
 * transid (v1), else its destination. A scan of the request's rows per receipt made a 1000-
 * recipient request with 1000 receipts a million address comparisons.
 */
class RequestRecipients<R extends LinkRecipient> {
  private readonly byVendorId = new Map<string, R[]>();
  private readonly byAddress = new Map<string, R>();

  constructor(private readonly rows: readonly R[]) {
    for (const row of rows) {
      if (row.vendor_id !== null) push(this.byVendorId, row.vendor_id, row);
      const address = sameAddress(row.address);
      if (!this.byAddress.has(address)) this.byAddress.set(address, row);
    }
  }

  /** The row with one of these vendor ids, when only one has any (a v2 messageId is every row's of its request). */
  private onlyWithVendorId(ids: readonly string[]): R | undefined {
    let only: R | undefined;
    for (const id of ids) {
      for (const row of this.byVendorId.get(id) ?? []) {
        if (only === undefined) only = row;
        else if (row !== only) return undefined;
      }
    }
    return only;
  }

  recipientOf(request: LinkableRequest, event: ReceiptLink): R | undefined {
    const byId = this.onlyWithVendorId(receiptVendorIds(event));
    if (byId) return byId;
    if (event.to !== null) return this.byAddress.get(sameAddress(event.to));
    return request.destinations === 1 && this.rows.length === 1 ? this.rows[0] : undefined;
  }
}

export class LinkReader {
  constructor(private readonly deps: LinkDeps) {}

  /**
   * Every event for these keys: findRelated answers at most FIND_RELATED_PAGE rows in stored
   * order (a v2 request to 1000 numbers has one messageId and some 3000 receipts), so it is asked
   * again after the last row until a page comes back short. By row, not by time: one ingest
   * batch (a poll page, a burst of webhooks) shares one time, and may be more than a page.
   */
  private lookup(keys: Parameters<InboundService['findRelated']>[0]): InboundEventRow[] {
    const found = new Map<string, InboundEventRow>();
    let afterSeq: number | undefined;
    try {
      for (;;) {
        const page = this.deps.inbound.findRelated(afterSeq === undefined ? keys : { ...keys, afterSeq });
        for (const event of page) found.set(event.id, event);
        if (page.length < FIND_RELATED_PAGE) break;
        afterSeq = Number(page[page.length - 1]!.id);
      }
    } catch (error) {
      this.deps.log.warn('outbox: could not look up receipts and replies', { error: String(error) });
    }
    return [...found.values()];
  }

  private linkable(rows: readonly LinkRow[]): Map<string, LinkableRequest> {
    const unique = new Map<string, boolean>();
    const once = (key: string, count: () => number): boolean => {
      if (!unique.has(key)) unique.set(key, count() <= 1);
      return unique.get(key)!;
    };
    const out = new Map<string, LinkableRequest>();
    for (const row of rows) {
      const answered = row.state === 'accepted' || row.state === 'unknown';
      const callback = row.callback_data;
      out.set(row.id, {
        id: row.id,
        createdAt: row.created_at,
        destinations: row.destinations,
        addresses: new Set(parse(row.addresses).map(sameAddress)),
        vendorIds: new Set([...parse(row.transids), ...parse(row.message_ids)]),
        uniqueCorrelationIds: new Set(
          answered ? parse(row.correlation_ids).filter((id) => once(`c:${id}`, () => this.deps.recipients.jobsUsingCorrelationId(id))) : [],
        ),
        uniqueCallbackData:
          answered && callback && once(`b:${callback}`, () => this.deps.requests.jobsUsingCallbackData(callback)) ? callback : null,
      });
    }
    return out;
  }

  /** Every receipt for these requests' keys, as ReceiptLinks, oldest first; a failed read is logged and counts as none. */
  private receipts(requests: Map<string, LinkableRequest>, since: number): ReceiptLink[] {
    const ids = [...new Set([...requests.values()].flatMap((r) => [...r.vendorIds]))];
    const correlationIds = [...new Set([...requests.values()].flatMap((r) => [...r.uniqueCorrelationIds]))];
    const callbackData = [...new Set([...requests.values()].flatMap((r) => (r.uniqueCallbackData ? [r.uniqueCallbackData] : [])))];
    const answers: ReceiptLink[][] = [];
    const add = (keys: Parameters<InboundService['receiptLinks']>[0]) => {
      try {
        answers.push(this.deps.inbound.receiptLinks(keys));
      } catch (error) {
        this.deps.log.warn('outbox: could not look up receipts', { error: String(error) });
      }
    };
    // A receipt may carry a v2 messageId as its `transid` (the sandbox does) or as `messageId`.
    for (const part of chunks(ids, KEYS_PER_LOOKUP)) add({ transids: part, messageIds: part, since });
    for (const part of chunks(correlationIds, KEYS_PER_LOOKUP)) add({ correlationIds: part, since });
    for (const part of chunks(callbackData, KEYS_PER_LOOKUP)) add({ callbackData: part, since });
    // One answer (a send's vendor ids fit one lookup) is already oldest first and without repeats.
    if (answers.length === 1) return answers[0]!;
    const found = new Map<string, ReceiptLink>();
    for (const answer of answers) for (const event of answer) found.set(event.id, event);
    return [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }

  private replies(rows: readonly RecipientRow[]): Map<RecipientRow, InboundEventRow[]> {
    const latest = this.deps.recipients.latestSendAt(rows.map((row) => row.address));
    const current = rows.filter((row) => row.created_at >= (latest.get(row.address) ?? 0));
    const out = new Map<RecipientRow, InboundEventRow[]>();
    if (current.length === 0) return out;
    const since = earliest(current.map((row) => row.created_at));
    const addresses = [...new Set(current.flatMap((row) => addressVariants(row.address)))];
    const events = chunks(addresses, KEYS_PER_LOOKUP).flatMap((part) => this.lookup({ addresses: part, since }));
    for (const row of current) {
      const mine = events.filter((event) => isReplyFrom(event, row.address, row.created_at)).sort((a, b) => a.receivedAt - b.receivedAt);
      out.set(row, [...new Map(mine.map((e) => [e.id, e])).values()]);
    }
    return out;
  }

  /**
   * The receipts of these requests, each given to its request and, where it names one, to a
   * recipient row. `rowsOf` is asked only for requests some receipt belongs to, so a send's
   * summary need not read the recipients no receipt spoke of.
   */
  receiptsOf<R extends LinkRecipient>(
    requestRows: readonly LinkRow[],
    rowsOf: (requestId: string) => readonly R[],
  ): { receiptsOf: Map<R, ReceiptLink[]>; requestReceipts: Map<string, ReceiptLink[]> } {
    const requests = this.linkable(requestRows);
    const indexed = new Map<string, RequestRecipients<R>>();
    const recipientsOf = (id: string): RequestRecipients<R> => {
      let found = indexed.get(id);
      if (!found) indexed.set(id, (found = new RequestRecipients(rowsOf(id))));
      return found;
    };
    const byVendorId = new Map<string, LinkableRequest[]>();
    const byCorrelation = new Map<string, LinkableRequest[]>();
    const byCallback = new Map<string, LinkableRequest[]>();
    for (const request of requests.values()) {
      for (const id of request.vendorIds) push(byVendorId, id, request);
      for (const id of request.uniqueCorrelationIds) push(byCorrelation, id, request);
      if (request.uniqueCallbackData) push(byCallback, request.uniqueCallbackData, request);
    }
    const since = requests.size === 0 ? 0 : earliest([...requests.values()].map((r) => r.createdAt));
    const receiptsOf = new Map<R, ReceiptLink[]>();
    const requestReceipts = new Map<string, ReceiptLink[]>();
    // One array reused for every receipt: a Set built from spread lists per receipt was a fifth
    // of a 220,000-receipt send's summary, mostly garbage.
    const candidates: LinkableRequest[] = [];
    const consider = (list: readonly LinkableRequest[] | undefined) => {
      if (list) for (const request of list) if (!candidates.includes(request)) candidates.push(request);
    };
    for (const event of requests.size === 0 ? [] : this.receipts(requests, since)) {
      candidates.length = 0;
      const { transid, messageId, correlationId, callbackData } = event.correlation;
      if (transid) consider(byVendorId.get(transid));
      if (messageId) consider(byVendorId.get(messageId));
      if (correlationId) consider(byCorrelation.get(correlationId));
      if (callbackData) consider(byCallback.get(callbackData));
      for (const request of candidates) {
        if (!receiptBelongsTo(request, event)) continue;
        push(requestReceipts, request.id, event);
        const recipient = recipientsOf(request.id).recipientOf(request, event);
        if (recipient) push(receiptsOf, recipient, event);
      }
    }
    return { receiptsOf, requestReceipts };
  }

  /**
   * Links these rows (a page of a send, or every row sent to one address). A receipt finds its
   * recipient among all of its request's rows, never among `rows` alone: a v2 messageId is every
   * row's of its request, so among one shown row a neighbour's receipt would look like its own
   * (the address view showed a delivered number as failed by the number beside it).
   */
  link(rows: readonly RecipientRow[]): Linked {
    const requestRows = new Map(this.deps.requests.linkRows([...new Set(rows.map((row) => row.request_id))]).map((r) => [r.id, r]));
    const found = this.receiptsOf([...requestRows.values()], (id) => this.deps.recipients.linkRecipientsOf(id));
    const receiptsOf = new Map([...found.receiptsOf].map(([row, receipts]) => [rowKey(row), receipts]));
    const replies = this.replies(rows);
    return {
      recipients: rows.flatMap((row) => {
        const request = requestRows.get(row.request_id);
        return request ? [{ row, request, receipts: receiptsOf.get(rowKey(row)) ?? [], replies: replies.get(row) ?? [] }] : [];
      }),
      requestReceipts: found.requestReceipts,
    };
  }
}
