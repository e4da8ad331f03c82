import { receiptCodeTable } from '../inbound/receipt-codes';

// How the built-in sandbox behaves, written once so the README, the UI and the sandbox agree.

/** Destinations whose address ends with this always fail in the sandbox (to try failure flows). */
export const SANDBOX_FAILING_SUFFIX = '13';
/** Receipt codes the sandbox posts in `deliveryInfo.code` (a failure's depends on the channel: sandboxReceiptCode). */
export const SANDBOX_RECEIPT_CODES = {
  submitted: '7501',
  delivered: '7500',
  read: '7502',
  /** An SMS that failed: "Delivery failed at the operator", the (simulated) network rejected it. */
  failed: '7201',
} as const;

/**
 * A failure code each channel's own table documents (src/shared/inbound/receipt-codes/), keyed by
 * the table's first alias, so a failed receipt reads as that channel's vendor would say it.
 */
const FAILURE_CODES: Readonly<Record<string, string>> = {
  sms: SANDBOX_RECEIPT_CODES.failed,
  mms: '7267', // failed at the vendor
  email: '7523', // invalid email address (no domain ends in 13)
  push: '7513', // unregistered device
  rt: '7307', // endpoint not reachable
  wa: '7871', // message undeliverable
  fb: '7303', // endpoint not reachable
  instagram: '7307',
  rcs: '7334', // the MaaP returned a failure IMDN
  voice: '7401', // no answer
  apple: '7307',
  gbm: '7307',
};
/** A channel without a table of its own (twitter, wechat): the common "Unknown status". */
const FAILURE_CODE_ELSEWHERE = '7200';

/** The code of a receipt the sandbox posts for a status on a channel (v1 deliverychannel or v2 channel). */
export function sandboxReceiptCode(status: keyof typeof SANDBOX_RECEIPT_CODES, channel: string): string {
  if (status !== 'failed') return SANDBOX_RECEIPT_CODES[status];
  const table = receiptCodeTable(channel);
  return (table && FAILURE_CODES[table.aliases[0]!]) ?? FAILURE_CODE_ELSEWHERE;
}
export const SANDBOX_FAILURE_DESCRIPTION = `Undeliverable: the sandbox fails every destination ending in ${SANDBOX_FAILING_SUFFIX}`;
/** Default wait between one receipt and the next (submitted → delivered → read), ms. */
export const SANDBOX_DEFAULT_RECEIPT_DELAY_MS = 1000;

/** True when the sandbox's documented rule makes this destination fail. */
export function sandboxFails(address: string): boolean {
  return address.trim().endsWith(SANDBOX_FAILING_SUFFIX);
}
