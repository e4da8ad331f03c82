import { z } from 'zod';
import type { NormalizedEvent } from './event';
import { collectDetails, firstTime, noCorrelation, str } from './fields';
import { addIntegrationDetails } from './imiconnect-context';
import { readEmail } from './imiconnect-email';

// Webex Connect's "Email - Outbound Message" event (Outbound Webhooks → Email,
// developers.webexconnect.io/reference/email-outbound-webhooks): a copy of an email the service
// sent, as a flat object without `channel`: tid / transid, from, fromName, `to` as a list, subject,
// body, attachments [{mediaUrl, mimeType, name, disposition}], smtpHeaders, x_msg_seq, appId,
// serviceId, and the service's `serviceKey`. It is our own send, so it is shown as an outbound
// message and tied to its request by transid. The serviceKey is a credential: it is never read
// into the event (the raw body is the core's to keep or scrub).

const Scalar = z.union([z.string(), z.number()]).optional();

export const ImiEmailOutbound = z.looseObject({
  tid: Scalar,
  transid: Scalar,
  from: Scalar,
  subject: Scalar,
  body: Scalar,
});
export type ImiEmailOutbound = z.infer<typeof ImiEmailOutbound>;

/** Fields only the sending side of an email has; one of them tells this event from any other body. */
const SENDING_FIELDS = ['serviceKey', 'serviceId', 'smtpHeaders', 'x_msg_seq', 'validateDestination'] as const;

export function isImiEmailOutbound(body: Record<string, unknown>): boolean {
  if ('channel' in body || 'type' in body || 'locationId' in body || 'deliveryInfoNotification' in body) return false;
  return ('tid' in body || 'transid' in body) && 'from' in body && 'to' in body && SENDING_FIELDS.some((key) => key in body);
}

export function normalizeImiEmailOutbound(payload: ImiEmailOutbound): NormalizedEvent {
  const body = payload as Record<string, unknown>;
  const details = collectDetails(body, ['appId', 'serviceId', 'replyTo', 'tid']);
  addIntegrationDetails(details, body);
  const transid = str(payload.transid) ?? str(payload.tid);
  const event: NormalizedEvent = {
    source: 'imiconnect',
    kind: 'message',
    channel: 'email',
    direction: 'outbound',
    from: null,
    to: null,
    fromName: null,
    subject: null,
    text: null,
    attachments: [],
    // Apart from the user's MOs (keyed by their tid) and the receipts of the same send.
    externalId: transid === null ? null : `outbound|${transid}`,
    correlation: { ...noCorrelation(), transid },
    status: null,
    eventTime: firstTime(body.ts, body.timestamp, body.timeStamp),
    details,
  };
  const parsed = readEmail(event, body);
  event.attachments = parsed.attachments;
  if (parsed.problem) details.problem = parsed.problem;
  return event;
}
