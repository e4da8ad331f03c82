import { sandboxReceiptCode } from '../../../shared/api/sandbox-rules';
import { authenticateV2, type SandboxCredential } from './credentials';
import { receiptSequence, type AcceptedRequest, type ReceiptStatus } from './deliveries';
import type { EndpointAnswer } from './endpoints';

// GET /v2/messages/{messageId}: the status of a message the sandbox accepted, as the vendor's
// status API answers it (developers.webexconnect.io/reference/call-status: messageId, channel,
// requestTimestamp, toType, requestedReceipts, priority, version "2.0", callbackData, notifyUrl;
// plus the latest status as the Get SMS API words it, developers.webexconnect.io/reference/get-sms-api-v1).
// Statuses follow the receipt schedule, so a check agrees with the receipts already posted.

/** Messages remembered for status checks; the oldest are forgotten past this. */
const MAX_REMEMBERED = 10_000;

interface Remembered {
  request: AcceptedRequest;
  body: Record<string, unknown>;
  acceptedAt: number;
}

const STATUS_NAMES: Record<ReceiptStatus | 'queued', string> = {
  queued: 'QUEUED',
  submitted: 'SUBMITTED',
  delivered: 'DELIVERED',
  read: 'READ',
  failed: 'FAILED',
};

export class MessageStatuses {
  private readonly messages = new Map<string, Remembered>();

  constructor(private readonly receiptDelayMs: number) {}

  remember(request: AcceptedRequest, body: unknown, now = Date.now()): void {
    if (request.messageId === undefined) return;
    this.messages.set(request.messageId, {
      request,
      body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {},
      acceptedAt: now,
    });
    if (this.messages.size > MAX_REMEMBERED) this.messages.delete(this.messages.keys().next().value!);
  }

  /** The status of each destination at `now`: the last receipt due by then (all receipts, requested or not). */
  private statusAt(entry: Remembered, now: number): { address: string; status: string; statusTime: string; code?: string }[] {
    const steps = Math.floor((now - entry.acceptedAt) / Math.max(1, this.receiptDelayMs));
    return entry.request.destinations.map((destination) => {
      const sequence = receiptSequence({ ...entry.request, requestedReceipts: undefined }, destination);
      const reached = Math.min(steps, sequence.length);
      const status: ReceiptStatus | 'queued' = reached === 0 ? 'queued' : sequence[reached - 1]!;
      const at = entry.acceptedAt + reached * this.receiptDelayMs;
      // The same code the receipt carries, so a check and the receipts say the same thing.
      const code = status === 'queued' ? {} : { code: sandboxReceiptCode(status, entry.request.channel) };
      return { address: destination.address, status: STATUS_NAMES[status], statusTime: new Date(at).toISOString(), ...code };
    });
  }

  async answer(
    credentials: readonly SandboxCredential[],
    headers: Record<string, string | string[] | undefined>,
    messageId: string,
    now = Date.now(),
  ): Promise<EndpointAnswer> {
    const auth = await authenticateV2(headers, credentials);
    if (!auth.ok) {
      if (auth.reason === 'inactive') return { status: 403, auth, body: { code: '7007', message: 'Service inactive' } };
      return { status: 401, auth, body: undefined };
    }
    const entry = this.messages.get(messageId);
    if (!entry)
      return {
        status: 404,
        auth,
        body: { code: 'not_found', message: `No message ${messageId}: the sandbox knows the messages it accepted since it started` },
      };
    const { request, body } = entry;
    const destinations = this.statusAt(entry, now);
    const latest = destinations[0];
    return {
      status: 200,
      auth,
      body: {
        messageId,
        channel: request.channel,
        version: '2.0',
        requestTimestamp: new Date(entry.acceptedAt).toISOString(),
        toType: request.channel === 'email' ? 'email' : 'msisdn',
        ...(body.priority !== undefined ? { priority: body.priority } : {}),
        ...(request.callbackData !== undefined ? { callbackData: request.callbackData } : {}),
        ...(request.notifyUrl !== undefined ? { notifyUrl: request.notifyUrl } : {}),
        ...(Array.isArray(body.requestedReceipts) ? { requestedReceipts: body.requestedReceipts } : {}),
        status: latest?.status ?? 'QUEUED',
        statusTime: latest?.statusTime ?? new Date(entry.acceptedAt).toISOString(),
        ...(latest?.code !== undefined ? { code: latest.code } : {}),
        description: latest ? `${latest.status} (sandbox)` : 'Queued (sandbox)',
        destinations,
      },
    };
  }
}
