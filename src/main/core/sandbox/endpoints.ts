import { randomUUID } from 'node:crypto';
import { countDestinations, destinationGroups } from '../../../shared/api/destinations';
import { summarizeIssues } from '../../../shared/api/issues';
import { validateRequest } from '../../../shared/api/validate';
import { v1ChannelOf } from '../../../shared/api/v1-channels';
import { v1MainText } from '../../../shared/compose/preview-v1';
import { V1_MAX_DESTINATIONS, V2_MAX_DESTINATIONS } from '../../../shared/limits';
import { authenticateKey, authenticateV2, type AuthResult, type SandboxCredential } from './credentials';
import { personalise } from '../../../shared/outbound/personalise';
import type { AcceptedDestination, AcceptedRequest } from './deliveries';
import type { DestinationRateLimit } from './rate-limit';

// The two endpoints, as the vendor documents them, judged by the same shared validation the
// console uses. Each returns what to answer and, when accepted, what to post receipts about.

export interface EndpointContext {
  credentials: readonly SandboxCredential[];
  rateLimit: DestinationRateLimit;
  /** Used when a request names no notify URL (the vendor's per-service Notify URL). */
  defaultNotifyUrl?: string;
}

export interface EndpointAnswer {
  status: number;
  /** undefined: no body (v2 401). */
  body: unknown;
  auth: AuthResult | null;
  accepted?: AcceptedRequest;
}

type Headers = Record<string, string | string[] | undefined>;

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

const v1Error = (code: string, description: string, extra: Record<string, unknown> = {}): unknown => ({
  response: { code, description, ...extra },
});

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** What this destination got (its $(variables) filled in), so a simulated reply can quote it. */
function withText(destination: AcceptedDestination, text: string | null | undefined): AcceptedDestination {
  return text === null || text === undefined ? destination : { ...destination, text };
}

export function handleV1(ctx: EndpointContext, headers: Headers, raw: string): EndpointAnswer {
  const auth = authenticateKey(headers, ctx.credentials);
  if (!auth.ok) {
    if (auth.reason === 'missing') return { status: 200, auth, body: v1Error('7002', 'Service key missing') };
    if (auth.reason === 'inactive') return { status: 200, auth, body: v1Error('7007', 'Service inactive') };
    return { status: 200, auth, body: v1Error('7001', 'Authentication failed') };
  }
  const parsed = parseJson(raw);
  if (!parsed.ok) return { status: 200, auth, body: v1Error('7000', `Invalid JSON: ${parsed.reason}`) };
  const body = parsed.value;
  const count = countDestinations('v1', body);
  if (count > V1_MAX_DESTINATIONS) {
    return { status: 200, auth, body: v1Error('7009', `Max number of destinations: ${count} sent, at most ${V1_MAX_DESTINATIONS}`) };
  }
  const result = validateRequest('v1', body);
  if (!result.ok) {
    const first = result.errors[0]!;
    return {
      status: 200,
      auth,
      body: v1Error('7004', `Invalid parameters: ${summarizeIssues(result.errors)}`, { field: first.path }),
    };
  }
  if (!ctx.rateLimit.admit(auth.credential.serviceId, count)) {
    return { status: 200, auth, body: v1Error('7020', `TPS exceeded: at most ${ctx.rateLimit.limit} destinations per second`) };
  }
  const request = result.request;
  const record = body as Record<string, unknown>;
  const texts = personalise('v1', body);
  const destinations = destinationGroups('v1', body)
    .flatMap((group) =>
      group.addresses.map((address) => ({
        address,
        transid: randomUUID(),
        correlationId: group.correlationId ?? str(record.correlationid),
      })),
    )
    .map((destination, at) => withText(destination, texts[at]?.text));
  const channels = record.channels as Record<string, Record<string, unknown> | undefined>;
  // "whatsapp" and "Messenger" are the vendor's spellings of wa and fb.
  const channel = v1ChannelOf(request.deliverychannel) ?? request.deliverychannel;
  const accepted: AcceptedRequest = {
    api: 'v1',
    channel,
    notifyUrl: str(record.notifyurl) ?? ctx.defaultNotifyUrl,
    callbackData: str(record.callbackData),
    from: str(channels.sms?.senderid),
    text: v1ChannelOf(channel) === undefined ? undefined : (v1MainText(channels, v1ChannelOf(channel)!) ?? undefined),
    destinations,
  };
  const response = destinations.map((destination) => {
    const entry: Record<string, string> = { code: '1001', transid: destination.transid, description: 'Queued' };
    if (destination.correlationId !== undefined) entry.correlationid = destination.correlationId;
    return entry;
  });
  return { status: 200, auth, body: { response }, accepted };
}

export async function handleV2(ctx: EndpointContext, headers: Headers, raw: string): Promise<EndpointAnswer> {
  const auth = await authenticateV2(headers, ctx.credentials);
  if (!auth.ok) {
    if (auth.reason === 'inactive') return { status: 403, auth, body: { code: '7007', message: 'Service inactive' } };
    return { status: 401, auth, body: undefined };
  }
  const parsed = parseJson(raw);
  if (!parsed.ok) return { status: 400, auth, body: { code: '7000', message: `Invalid JSON: ${parsed.reason}` } };
  const body = parsed.value;
  const count = countDestinations('v2', body);
  if (count > V2_MAX_DESTINATIONS) {
    return {
      status: 400,
      auth,
      body: { code: '7009', message: `Max number of destinations: ${count} sent, at most ${V2_MAX_DESTINATIONS}` },
    };
  }
  const result = validateRequest('v2', body);
  if (!result.ok) {
    return { status: 400, auth, body: { code: '7004', message: `Invalid parameters: ${summarizeIssues(result.errors)}` } };
  }
  if (!ctx.rateLimit.admit(auth.credential.serviceId, count)) {
    return { status: 429, auth, body: { code: '7020', message: `TPS exceeded: at most ${ctx.rateLimit.limit} destinations per second` } };
  }
  const record = body as Record<string, unknown>;
  const messageId = randomUUID();
  const correlationId = randomUUID();
  const texts = personalise('v2', body);
  const destinations = destinationGroups('v2', body)
    .flatMap((group) =>
      group.addresses.map((address) => ({ address, transid: messageId, correlationId: group.correlationId ?? correlationId })),
    )
    .map((destination, at) => withText(destination, texts[at]?.text));
  const content = record.content as Record<string, unknown> | undefined;
  const receipts = Array.isArray(record.requestedReceipts)
    ? record.requestedReceipts.filter((item): item is string => typeof item === 'string').map((item) => item.trim().toLowerCase())
    : undefined;
  const accepted: AcceptedRequest = {
    api: 'v2',
    channel: result.request.channel,
    notifyUrl: str(record.notifyUrl) ?? ctx.defaultNotifyUrl,
    callbackData: str(record.callbackData),
    requestedReceipts: receipts,
    messageId,
    from: str(record.from),
    text: str(content?.text),
    destinations,
  };
  return {
    status: 201,
    auth,
    body: { requestTimestamp: new Date().toISOString(), messageId, correlationId, status: 'queued' },
    accepted,
  };
}
