import { NormalizedEvent } from '../../../src/shared/inbound/event';
import { normalizePayload } from '../../../src/shared/inbound/normalize';
import { type ReceiptState } from '../../../src/shared/inbound/receipt-state';

// The pages each case names as its `doc`, so a failing case points at the sample it rebuilds.
const WX = 'https://developers.webexconnect.io/reference';
export const EMAIL = `${WX}/email-outbound-webhooks`;
export const RT = `${WX}/live-chat-in-app-messages-outbound-webhooks`;
export const PUSH = `${WX}/push-outbound-webhooks`;
export const SMS = `${WX}/sms-outbound-webhooks`;
export const BRANDED = 'https://help.webexconnect.io/docs/rcs-branded-text';
export const MESSENGER = 'https://help.webexconnect.io/docs/facebook-messenger';
export const RCS = `${WX}/rcs-outbound-webhooks`;
export const RCS_STREAMS = `${WX}/data-streams-rcs`;
// The stored copy of this page names no URL: Webex Connect developer docs v6.20, Apple Messages for Business → Outbound Webhooks.
export const APPLE = 'Webex Connect v6.20: Apple Messages for Business Outbound Webhooks';

export interface Sample {
  name: string;
  doc: string;
  body: Record<string, unknown>;
  expected: Partial<Omit<NormalizedEvent, 'details' | 'status'>> & { status?: Partial<NonNullable<NormalizedEvent['status']>> };
  /** The delivery state the feed's chip and History read from the status word. */
  state?: ReceiptState;
  details?: Record<string, string>;
  /** Detail keys that must not be there. */
  absent?: string[];
}

export function normalized(body: unknown): NormalizedEvent {
  return NormalizedEvent.parse(normalizePayload(JSON.parse(JSON.stringify(body))));
}
