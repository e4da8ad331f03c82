import { z } from 'zod';
import { TEST_CONNECTION_TIMEOUT_MS } from '../../../shared/limits/profiles';
import { MAX_API_ANSWER_BYTES } from '../../../shared/limits/transport';
import type { ConnectionCheck, ConnectionOutcome } from '../../../shared/profiles/connection-test';
import { PostError, postJson } from '../outbound/http-post';
import { networkFailureWords } from '../network-words';

// "Test connection": two harmless requests that no API accepts as a message (empty bodies), read
// only for what they say about the host and the credentials. Protocol shared with the sandbox:
//   POST {base}/v2/messages {}            401 -> key rejected; 400 or 201 -> accepted
//   POST {base}/resources/v1/messaging {} (header key) code 7001 -> rejected, 7007 -> inactive, else accepted

const V1Reply = z.object({ response: z.object({ code: z.union([z.string(), z.number()]).transform(String) }).passthrough() }).passthrough();
const V2Reply = z.object({ code: z.union([z.string(), z.number()]).transform(String) }).passthrough();

export interface ConnectionProbe {
  baseUrl: string;
  /** The profile's auth headers as sent with a real message. */
  headers: Record<string, string>;
  /** The service key, when the profile has one: v1 only knows the `key` header. */
  serviceKey: string | null;
  timeoutMs?: number;
}

interface Answer {
  status: number;
  json: unknown;
}

function networkDetail(error: unknown, timeoutMs: number): string {
  if (error instanceof PostError && error.timedOut) return `no answer within ${Math.round(timeoutMs / 100) / 10} s`;
  return networkFailureWords(error);
}

// Through the send's own HTTP client, so the probe reaches every port a send reaches (fetch
// refuses some, e.g. 9 or 6000, as "bad port") and reads at most as much of an answer.
async function post(url: string, headers: Record<string, string>, timeoutMs: number): Promise<Answer> {
  const answer = await postJson(url, headers, '{}', timeoutMs);
  // A body that is not JSON comes back as text: judged on the status alone.
  return { status: answer.status, json: typeof answer.body === 'string' ? undefined : answer.body };
}

function judgeV2(answer: Answer): ConnectionCheck {
  const code = V2Reply.safeParse(answer.json);
  const detail = `HTTP ${answer.status}${code.success ? `, code ${code.data.code}` : ''}`;
  if (answer.status === 401 || (code.success && code.data.code === '7001')) return { api: 'v2', outcome: 'keyRejected', detail };
  if (code.success && code.data.code === '7007') return { api: 'v2', outcome: 'serviceInactive', detail };
  if (answer.status === 400 || (answer.status >= 200 && answer.status < 300)) return { api: 'v2', outcome: 'accepted', detail };
  return { api: 'v2', outcome: 'unexpected', detail };
}

function judgeV1(answer: Answer): ConnectionCheck {
  const reply = V1Reply.safeParse(answer.json);
  if (!reply.success) {
    if (answer.status === 401) return { api: 'v1', outcome: 'keyRejected', detail: `HTTP ${answer.status}` };
    return { api: 'v1', outcome: 'unexpected', detail: `HTTP ${answer.status}, not a messaging API answer` };
  }
  const code = reply.data.response.code;
  const detail = `HTTP ${answer.status}, code ${code}`;
  if (code === '7001') return { api: 'v1', outcome: 'keyRejected', detail };
  if (code === '7007') return { api: 'v1', outcome: 'serviceInactive', detail };
  return { api: 'v1', outcome: 'accepted', detail };
}

// Worst first: the first outcome any check has decides the overall answer.
const severity: ConnectionOutcome[] = ['unreachable', 'keyRejected', 'serviceInactive', 'unexpected', 'accepted'];

export async function probeConnection(probe: ConnectionProbe): Promise<{ outcome: ConnectionOutcome; checks: ConnectionCheck[] }> {
  const timeoutMs = probe.timeoutMs ?? TEST_CONNECTION_TIMEOUT_MS;
  const checks: ConnectionCheck[] = [];
  const check = async (
    api: ConnectionCheck['api'],
    path: string,
    headers: Record<string, string>,
    judge: (a: Answer) => ConnectionCheck,
  ) => {
    try {
      return judge(await post(`${probe.baseUrl}${path}`, headers, timeoutMs));
    } catch (error) {
      // The host answered, with more than any messaging API says: the base URL points elsewhere.
      if (error instanceof PostError && error.answerTooLarge) {
        return { api, outcome: 'unexpected' as const, detail: `an answer larger than ${MAX_API_ANSWER_BYTES / 1048576} MiB` };
      }
      return { api, outcome: 'unreachable' as const, detail: networkDetail(error, timeoutMs) };
    }
  };
  checks.push(await check('v2', '/v2/messages', probe.headers, judgeV2));
  if (checks[0]!.outcome === 'unreachable') return { outcome: 'unreachable', checks };
  if (probe.serviceKey !== null) checks.push(await check('v1', '/resources/v1/messaging', { key: probe.serviceKey }, judgeV1));
  const outcome = severity.find((s) => checks.some((c) => c.outcome === s)) ?? 'unexpected';
  return { outcome, checks };
}

/** One sentence per outcome: what happened, then what to do. */
export function describeOutcome(outcome: ConnectionOutcome, host: string, checks: ConnectionCheck[]): string {
  const failed = checks.find((c) => c.outcome === outcome);
  const why = failed ? ` (${failed.api}: ${failed.detail})` : '';
  switch (outcome) {
    case 'accepted':
      return `Connected to ${host}: the credentials were accepted.`;
    case 'keyRejected':
      return `${host} answered, but the key was rejected${why}. Check the service ID and replace the secret.`;
    case 'serviceInactive':
      return `${host} says the service is inactive${why}. Activate the service in the Webex Connect console.`;
    case 'unreachable':
      return `Host unreachable: could not reach ${host}${why}. Check the region or base URL and your network.`;
    case 'unexpected':
      return `${host} gave an answer Relaydesk did not expect${why}. Check that the base URL points at the messaging API.`;
    default:
      return `${host}: ${outcome}`;
  }
}
