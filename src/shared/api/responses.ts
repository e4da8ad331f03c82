import { z } from 'zod';
import { V1_RESPONSE_CODES } from './v1-codes';

/**
 * What an answer from the vendor (or the sandbox) means for the sender: accepted or not, worth
 * retrying or not, and the ids it carries. A body of the wrong shape is an outcome that says so,
 * never an exception.
 */
export interface ApiOutcome {
  accepted: boolean;
  retryable: boolean;
  /** The vendor's code (`1001`, `7004`, ...), the HTTP status for v2 (`201`, `400`), or ours (`network`, `bad_response`). */
  code: string;
  /** Plain words for the operator. */
  description: string;
  ids: { transids: string[]; messageId?: string; correlationId?: string };
}

const V1Entry = z.looseObject({
  code: z.union([z.string(), z.number()]),
  transid: z.string().optional(),
  description: z.string().optional(),
  correlationid: z.string().optional(),
});
const V1Body = z.looseObject({ response: z.union([z.array(V1Entry), V1Entry]) });

const V2Accepted = z.looseObject({
  requestTimestamp: z.string().optional(),
  messageId: z.string(),
  correlationId: z.string().optional(),
  status: z.string().optional(),
});
const V2Error = z.looseObject({ code: z.union([z.string(), z.number()]), message: z.string().optional() });

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
  if (httpStatus === 429) return outcome(false, true, '429', 'Too many requests per second for this service (HTTP 429); retry after a pause.');
  if (httpStatus === 401 || httpStatus === 403)
    return outcome(false, false, String(httpStatus), `Authentication failed (HTTP ${httpStatus}): check the service key or JWT secret and service ID.`);
  return undefined;
}

/** Describes one v1 response code, including codes we do not know. */
export function describeV1Code(code: string): { description: string; retryable: boolean; accepted: boolean } {
  const known = V1_RESPONSE_CODES[code];
  if (known) return { description: known.description, retryable: known.retryable, accepted: code === '1001' };
  return { description: `Unknown response code ${code}.`, retryable: false, accepted: false };
}

/**
 * v1 answers HTTP 200 even for errors: success is `{"response":[{"code":"1001","transid":...}]}`
 * (one entry per destination), failure `{"response":{"code":"7001",...}}`.
 */
export function interpretV1Response(httpStatus: number, json: unknown): ApiOutcome {
  const level = httpLevel(httpStatus);
  if (level) return level;
  const parsed = V1Body.safeParse(json);
  if (!parsed.success) {
    if (httpStatus < 200 || httpStatus >= 300) {
      return outcome(false, false, String(httpStatus), `The API refused the request (HTTP ${httpStatus}) with no readable v1 response.`);
    }
    return outcome(false, false, 'bad_response', `The answer (HTTP ${httpStatus}) is not a v1 response: expected {"response": ...} with a code.`);
  }
  const entries = Array.isArray(parsed.data.response) ? parsed.data.response : [parsed.data.response];
  if (entries.length === 0) return outcome(false, false, 'bad_response', 'The v1 response list is empty: no code, no transaction id.');
  const codes = entries.map((entry) => String(entry.code));
  const transids = entries.flatMap((entry) => (entry.transid ? [entry.transid] : []));
  const correlationId = entries.find((entry) => entry.correlationid)?.correlationid;
  const ids = correlationId === undefined ? { transids } : { transids, correlationId };
  const failing = codes.find((code) => code !== '1001');
  if (failing === undefined) {
    const count = entries.length;
    return outcome(true, false, '1001', `Queued: accepted for ${count} destination${count === 1 ? '' : 's'}.`, ids);
  }
  const described = describeV1Code(failing);
  const own = entries.find((entry) => String(entry.code) === failing)?.description;
  const detail = own && own.toLowerCase() !== described.description.toLowerCase().replace(/[.:].*$/, '') ? ` (API says: ${own})` : '';
  const partial = codes.some((code) => code === '1001') ? ' Some destinations were queued.' : '';
  return outcome(false, described.retryable, failing, `${described.description}${detail}${partial}`, ids);
}

/** v2: 201 `{requestTimestamp, messageId, correlationId, status:"queued"}`, 400 `{code, message}`, 401 with no body. */
export function interpretV2Response(httpStatus: number, json: unknown): ApiOutcome {
  const level = httpLevel(httpStatus);
  if (level) {
    const parsedError = V2Error.safeParse(json);
    if (parsedError.success && parsedError.data.message && httpStatus !== 401) {
      return { ...level, description: `${level.description} API says: ${parsedError.data.message}` };
    }
    return level;
  }
  if (httpStatus >= 200 && httpStatus < 300) {
    const parsed = V2Accepted.safeParse(json);
    if (!parsed.success) {
      return outcome(false, false, 'bad_response', `The answer (HTTP ${httpStatus}) has no messageId: not a v2 accepted response.`);
    }
    const ids: Partial<ApiOutcome['ids']> = { messageId: parsed.data.messageId };
    if (parsed.data.correlationId !== undefined) ids.correlationId = parsed.data.correlationId;
    return outcome(true, false, String(httpStatus), `Queued (status ${parsed.data.status ?? 'queued'}), message id ${parsed.data.messageId}.`, ids);
  }
  const parsedError = V2Error.safeParse(json);
  const said = parsedError.success && parsedError.data.message ? `: ${parsedError.data.message}` : '';
  const code = parsedError.success ? ` (code ${String(parsedError.data.code)})` : '';
  if (httpStatus === 400) return outcome(false, false, '400', `The API rejected the request as invalid${code}${said}. Fix the request; retrying will not help.`);
  if (httpStatus >= 400 && httpStatus < 500) return outcome(false, false, String(httpStatus), `The API refused the request (HTTP ${httpStatus})${code}${said}.`);
  return outcome(false, false, String(httpStatus), `Unexpected HTTP status ${httpStatus} from the API.`);
}
