import { z } from 'zod';
import { V1_RESPONSE_CODES } from './v1-codes';

/**
 * What an answer from the vendor (or the sandbox) means for the sender: accepted or not, worth
 * retrying or not, and the ids it carries. A body of the wrong shape is an outcome that says so,
 * never an exception. Read liberally: unknown, missing or null fields never fail a send; only
 * what the vendor documents as a refusal does.
 */
export interface ApiOutcome {
  accepted: boolean;
  retryable: boolean;
  /**
   * A 2xx whose body we cannot read: the API took the request, so it may well have arrived.
   * Never a failure (the user would send it again and the recipient get it twice).
   */
  uncertain?: true;
  /** The vendor's code (`1001`, `7004`, ...), the HTTP status for v2 (`201`, `400`), or ours (`network`, `bad_response`). */
  code: string;
  /** Plain words for the operator. */
  description: string;
  ids: { transids: string[]; messageId?: string; correlationId?: string };
}

/** A scalar id or code as text; null, objects and blanks are "not given". */
const text = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  z.string().optional(),
);
const anything = z.unknown();

const V1Entry = z.looseObject({ code: text, transid: text, description: text, correlationid: text });
const V1Body = z.looseObject({ response: z.union([z.array(anything), z.looseObject({})]) });

const V2Accepted = z.looseObject({ requestTimestamp: anything.optional(), messageId: text, correlationId: text, status: text });
const V2Error = z.looseObject({ code: text, message: text, description: text, error: anything.optional() });

function outcome(
  accepted: boolean,
  retryable: boolean,
  code: string,
  description: string,
  ids: Partial<ApiOutcome['ids']> = {},
): ApiOutcome {
  return { accepted, retryable, code, description, ids: { transids: [], ...ids } };
}

/** The outcome of a request that never got an HTTP answer (DNS, refused, reset, timeout). */
export function interpretNetworkFailure(reason: string, timedOut = false): ApiOutcome {
  return timedOut
    ? outcome(false, true, 'timeout', `No answer in time (${reason}); safe to retry later.`)
    : outcome(false, true, 'network', `Could not reach the API (${reason}); safe to retry later.`);
}

function httpLevel(httpStatus: number): ApiOutcome | undefined {
  if (httpStatus >= 500) return outcome(false, true, String(httpStatus), `The API had a server error (HTTP ${httpStatus}); retry later.`);
  if (httpStatus === 429)
    return outcome(false, true, '429', 'Too many requests per second for this service (HTTP 429); retry after a pause.');
  if (httpStatus === 401 || httpStatus === 403)
    return outcome(
      false,
      false,
      String(httpStatus),
      `Authentication failed (HTTP ${httpStatus}): check the service key or JWT secret and service ID.`,
    );
  // The messaging APIs neither redirect nor lack their own send path: the base URL points elsewhere.
  if (httpStatus >= 300 && httpStatus < 400)
    return outcome(
      false,
      false,
      String(httpStatus),
      `The server redirected the request (HTTP ${httpStatus}), which the messaging API never does: check the profile's region or base URL.`,
    );
  if (isNoApiHere(httpStatus))
    return outcome(
      false,
      false,
      String(httpStatus),
      `The server has no messaging API at this address (HTTP ${httpStatus}): check the profile's region or base URL.`,
    );
  return undefined;
}

const isNoApiHere = (httpStatus: number): boolean => httpStatus === 404 || httpStatus === 405;

/** Describes one v1 response code, including codes we do not know. */
export function describeV1Code(code: string): { description: string; retryable: boolean; accepted: boolean } {
  const known = V1_RESPONSE_CODES[code];
  if (known) return { description: known.description, retryable: known.retryable, accepted: code === '1001' };
  return { description: `Unknown response code ${code}.`, retryable: false, accepted: false };
}

/** A 2xx we cannot read: the API took the request, so it is `unknown`, never `failed`. */
function unreadable2xx(httpStatus: number, what: string): ApiOutcome {
  return {
    ...outcome(
      false,
      false,
      'bad_response',
      `The API answered HTTP ${httpStatus} (it took the request) but ${what}, so it may well have arrived. Check its receipts before sending again.`,
    ),
    uncertain: true,
  };
}

const is2xx = (httpStatus: number): boolean => httpStatus >= 200 && httpStatus < 300;

/** The entries of a v1 answer (`response` as a list or as one object), read liberally. */
function v1Entries(json: unknown): z.infer<typeof V1Entry>[] | undefined {
  const parsed = V1Body.safeParse(json);
  if (!parsed.success) return undefined;
  const raw = Array.isArray(parsed.data.response) ? parsed.data.response : [parsed.data.response];
  return raw.flatMap((entry) => {
    const read = V1Entry.safeParse(entry);
    return read.success ? [read.data] : [];
  });
}

/**
 * v1 answers HTTP 200 even for errors (and some gateways 400): success is
 * `{"response":[{"code":"1001","transid":...}]}` (one entry per destination), failure
 * `{"response":{"code":"7001",...}}`; `response` may be a list or one object either way.
 */
export function interpretV1Response(httpStatus: number, json: unknown): ApiOutcome {
  const entries = v1Entries(json)?.filter((entry) => entry.code !== undefined || entry.transid !== undefined);
  // A 404/405 that carries a v1 code came from the vendor's API, not from a wrong address: its code says more.
  const vendorSpoke = isNoApiHere(httpStatus) && entries !== undefined && entries.some((entry) => entry.code !== undefined);
  const level = vendorSpoke ? undefined : httpLevel(httpStatus);
  if (level) return level;
  if (!entries || entries.length === 0) {
    if (is2xx(httpStatus)) return unreadable2xx(httpStatus, 'not with a v1 response we can read (expected {"response": ...} with a code)');
    return outcome(
      false,
      false,
      String(httpStatus),
      `The API refused the request (HTTP ${httpStatus}) with no readable v1 response: check that the profile's base URL points at the messaging API.`,
    );
  }
  // An entry with a transid and no code was queued: the transid is the vendor's receipt of it.
  const codes = entries.map((entry) => entry.code ?? '1001');
  const transids = entries.flatMap((entry) => (entry.transid ? [entry.transid] : []));
  const correlationId = entries.find((entry) => entry.correlationid)?.correlationid;
  const ids = correlationId === undefined ? { transids } : { transids, correlationId };
  const failing = codes.find((code) => code !== '1001');
  if (failing === undefined) {
    const count = entries.length;
    return outcome(true, false, '1001', `Queued: accepted for ${count} destination${count === 1 ? '' : 's'}.`, ids);
  }
  const described = describeV1Code(failing);
  const own = entries.find((entry) => entry.code === failing)?.description;
  const detail = own && own.toLowerCase() !== described.description.toLowerCase().replace(/[.:].*$/, '') ? ` (API says: ${own})` : '';
  const partial = codes.some((code) => code === '1001') ? ' Some destinations were queued.' : '';
  return outcome(false, described.retryable, failing, `${described.description}${detail}${partial}`, ids);
}

/** The vendor's words in an error body: `message`, `description` or `error.message`. */
function v2ErrorWords(json: unknown): { code?: string; message?: string } {
  const parsed = V2Error.safeParse(json);
  if (!parsed.success) return {};
  const nested = V2Error.safeParse(parsed.data.error);
  const inner: z.infer<typeof V2Error> = nested.success ? nested.data : {};
  const message =
    parsed.data.message ??
    parsed.data.description ??
    inner.message ??
    inner.description ??
    (typeof parsed.data.error === 'string' ? parsed.data.error : undefined);
  const code = parsed.data.code ?? inner.code;
  return { ...(code === undefined ? {} : { code }), ...(message === undefined ? {} : { message }) };
}

/**
 * v2: 201 `{requestTimestamp, messageId, correlationId, status:"queued"}`, 400 `{code, message}`,
 * 401 with no body. Any 2xx with a messageId is accepted, whatever else it carries or lacks.
 */
export function interpretV2Response(httpStatus: number, json: unknown): ApiOutcome {
  // A 404/405 with the vendor's own error body ({code, message}) came from the API: report what it says.
  const vendorSpoke = isNoApiHere(httpStatus) && v2ErrorWords(json).code !== undefined;
  const level = vendorSpoke ? undefined : httpLevel(httpStatus);
  if (level) {
    const said = v2ErrorWords(json).message;
    return said && httpStatus !== 401 ? { ...level, description: `${level.description} API says: ${said}` } : level;
  }
  if (is2xx(httpStatus)) {
    // A list of answers (one per `to` group) is read by its first messageId.
    const candidates = Array.isArray(json) ? json : [json];
    const accepted = candidates
      .map((item) => V2Accepted.safeParse(item))
      .find((parsed) => parsed.success && parsed.data.messageId !== undefined);
    if (!accepted?.success || accepted.data.messageId === undefined) return unreadable2xx(httpStatus, 'its answer has no messageId');
    const { messageId, correlationId, status } = accepted.data;
    const ids: Partial<ApiOutcome['ids']> = { messageId };
    if (correlationId !== undefined) ids.correlationId = correlationId;
    return outcome(true, false, String(httpStatus), `Queued (status ${status ?? 'queued'}), message id ${messageId}.`, ids);
  }
  const words = v2ErrorWords(json);
  const said = words.message ? `: ${words.message}` : '';
  const code = words.code ? ` (code ${words.code})` : '';
  if (httpStatus === 400)
    return outcome(false, false, '400', `The API rejected the request as invalid${code}${said}. Fix the request; retrying will not help.`);
  if (httpStatus >= 400 && httpStatus < 500)
    return outcome(
      false,
      false,
      String(httpStatus),
      `The API refused the request (HTTP ${httpStatus})${code}${said}. Fix what it names; retrying will not help.`,
    );
  return outcome(
    false,
    false,
    String(httpStatus),
    `Unexpected HTTP status ${httpStatus} from the API: check that the profile's base URL points at the messaging API.`,
  );
}
