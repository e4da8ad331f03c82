import type { MessageStatusCheck, RequestDetail, StatusCheckResult } from '../../../shared/contract/outbound';
import { MessageStatusAnswer, v2StatusPath } from '../../../shared/api/message-status';
import { stateOfStatusWord } from '../../../shared/inbound/receipt-state';
import { receiptCodeText } from '../../../shared/inbound/receipt-codes';
import type { SendTarget } from '../profiles/service';
import { networkFailureWords } from '../network-words';
import { getJson, PostError } from './http-post';
import { withoutCredentials } from './redact-credentials';
import { MAX_API_ANSWER_BYTES } from '../../../shared/limits/transport';

// "Check status" on a History request: GET {base}/v2/messages/{messageId} for each message id the
// request got, with the profile's credentials exactly as a send carries them (a fresh JWT per
// call) and the same HTTP client (http-post.ts; fetch would refuse ports the messaging client
// takes). The answer is read liberally and at most MAX_API_ANSWER_BYTES of it; every failure is
// said with what to do. Messaging API v1 has no status call: Webex Connect's "Get SMS API v1"
// (developers.webexconnect.io/reference/get-sms-api-v1, GET /v1/sms/messages/{messageId}) reads
// messages sent through the separate Send SMS API v1, whose ids are not the transids that
// /resources/v1/messaging gives, so a v1 request is answered with that note and nothing is asked.

/** How long one status call may take. */
export const STATUS_CHECK_TIMEOUT_MS = 15_000;
/** Message ids asked per check (a v2 request gets one; anything past this is said, not asked). */
export const MAX_STATUS_CHECKS = 20;

export const V1_NO_STATUS_NOTE =
  'Messaging API v1 has no status call for a transid: follow this request\'s receipts in the timeline. (Webex Connect\'s "Get SMS API v1" answers only for messages sent through its separate Send SMS API v1.)';

type Answer = { status: number; json: unknown };

/** The vendor's own words in an error answer ({code, message} or {code, description}), if any. */
function vendorSays(json: unknown): string {
  if (typeof json !== 'object' || json === null) return '';
  const { code, message, description } = json as Record<string, unknown>;
  const words = [code, message ?? description].filter((v) => typeof v === 'string' || typeof v === 'number').join(': ');
  return words ? ` The API said "${words}".` : '';
}

/** What went wrong on one call and what the user can do about it. */
function describeFailure(answer: Answer, messageId: string, target: SendTarget): string {
  const profile = `profile "${target.profile.name}"`;
  const said = vendorSays(answer.json);
  const code = typeof answer.json === 'object' && answer.json !== null ? String((answer.json as Record<string, unknown>).code ?? '') : '';
  if (answer.status === 401 || code === '7001')
    return `The API refused the credentials of ${profile} (HTTP ${answer.status}).${said} Check its service key or JWT secret in Settings → Profiles, then check again.`;
  if (code === '7007')
    return `The API says the service of ${profile} is inactive (HTTP ${answer.status}).${said} Activate it in the Webex Connect console.`;
  if (answer.status === 403)
    return `The API does not let ${profile} read this message's status (HTTP 403).${said} Check that the profile is the service that sent it.`;
  if (answer.status === 404)
    return `The API knows no message ${messageId} (HTTP 404).${said} Check that ${profile} points at the region and service that sent it; the API keeps a message's status only for a while.`;
  if (answer.status === 429) return `The API is limiting requests (HTTP 429).${said} Wait a minute and check again.`;
  if (answer.status >= 500) return `The API had a problem (HTTP ${answer.status}).${said} Try again in a few minutes.`;
  if (answer.status >= 300 && answer.status < 400)
    return `The API redirected the call (HTTP ${answer.status}), which the messaging API never does: check the base URL of ${profile}.`;
  return `The API gave an answer Relaydesk did not expect (HTTP ${answer.status}).${said} Check that the base URL of ${profile} points at the messaging API.`;
}

function failed(messageId: string, error: string, httpStatus: number | null): MessageStatusCheck {
  return { messageId, status: null, delivery: null, code: null, at: null, words: null, error, httpStatus, destinations: [] };
}

/** An answered check: the vendor's status word, its code in words when it gave one, and when. */
function answered(messageId: string, json: unknown): MessageStatusCheck {
  const parsed = MessageStatusAnswer.safeParse(json);
  const data = parsed.success ? parsed.data : {};
  const code = data.code ?? null;
  // A code means different things per channel (7703, 7404): worded for the channel the answer names.
  const destinations = (data.destinations ?? []).map((d) => ({
    address: d.address ?? '',
    status: d.status ?? null,
    at: d.statusTime ?? null,
    code: d.code ?? null,
    words: receiptCodeText(d.code ?? null, d.channel ?? data.channel),
  }));
  if (data.status === undefined)
    return {
      ...failed(messageId, 'The API answered, but its answer names no status. Look at the receipts in the timeline instead.', 200),
      destinations,
    };
  // The chip shows the status word; the words say what it means (the code's words, else the API's description).
  const words = (code ? receiptCodeText(code, data.channel) : null) ?? data.description ?? data.status;
  return {
    messageId,
    status: data.status,
    delivery: stateOfStatusWord(data.status),
    code,
    at: data.statusTime ?? null,
    words,
    error: null,
    httpStatus: 200,
    destinations,
  };
}

async function checkOne(target: SendTarget, messageId: string, timeoutMs: number): Promise<MessageStatusCheck> {
  const url = `${target.baseUrl.replace(/\/+$/, '')}${v2StatusPath(messageId)}`;
  let answer: Answer;
  try {
    const reply = withoutCredentials(await getJson(url, target.headers, timeoutMs), target.headers);
    // Not JSON (a wrong base URL's page) arrives as text: judged on the status alone.
    answer = { status: reply.status, json: reply.body };
  } catch (error) {
    const host = new URL(url).host;
    if (error instanceof PostError && error.timedOut)
      return failed(
        messageId,
        `${host} gave no answer within ${Math.round(timeoutMs / 1000)} s. Check your network, then check again.`,
        null,
      );
    if (error instanceof PostError && error.answerTooLarge)
      return failed(
        messageId,
        `${host} sent an answer larger than ${MAX_API_ANSWER_BYTES / 1048576} MiB, so it is not the messaging API: check the profile's base URL.`,
        null,
      );
    return failed(
      messageId,
      `Could not reach ${host} (${networkFailureWords(error)}). Check your network and the profile's region or base URL, then check again.`,
      null,
    );
  }
  if (answer.status === 200) return answered(messageId, answer.json);
  return failed(messageId, describeFailure(answer, messageId, target), answer.status);
}

/**
 * Asks the status API about each message id of one request. `target` is asked once, so a missing
 * secret is thrown (with its fix) before anything goes on the wire.
 */
export async function checkRequestStatus(
  detail: RequestDetail,
  target: () => Promise<SendTarget>,
  timeoutMs = STATUS_CHECK_TIMEOUT_MS,
): Promise<StatusCheckResult> {
  const base = { requestId: detail.request.id, api: detail.request.api, checkedAt: Date.now() };
  if (detail.request.api === 'v1') return { ...base, checks: [], note: V1_NO_STATUS_NOTE };
  const ids = detail.ids.messageIds;
  if (ids.length === 0) {
    const why =
      detail.request.state === 'queued' || detail.request.state === 'sending' ? 'it has not been answered yet' : 'the API gave it none';
    return { ...base, checks: [], note: `This request has no message id to check: ${why}.` };
  }
  const resolved = await target();
  const checks = await Promise.all(ids.slice(0, MAX_STATUS_CHECKS).map((id) => checkOne(resolved, id, timeoutMs)));
  const note = ids.length > MAX_STATUS_CHECKS ? `Checked the first ${MAX_STATUS_CHECKS} of ${ids.length} message ids.` : null;
  return { ...base, checkedAt: Date.now(), checks, note };
}
