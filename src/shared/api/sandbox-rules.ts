// How the built-in sandbox behaves, written once so the README, the UI and the sandbox agree.

/** Destinations whose address ends with this always fail in the sandbox (to try failure flows). */
export const SANDBOX_FAILING_SUFFIX = '13';
/** Receipt codes the sandbox posts in `deliveryInfo.code`. */
export const SANDBOX_RECEIPT_CODES = {
  submitted: '7501',
  delivered: '7500',
  read: '7502',
  /** A failed delivery: the number was rejected by the (simulated) network. */
  failed: '7503',
} as const;
export const SANDBOX_FAILURE_DESCRIPTION = `Undeliverable: the sandbox fails every destination ending in ${SANDBOX_FAILING_SUFFIX}`;
/** Default wait between one receipt and the next (submitted → delivered → read), ms. */
export const SANDBOX_DEFAULT_RECEIPT_DELAY_MS = 1000;

/** True when the sandbox's documented rule makes this destination fail. */
export function sandboxFails(address: string): boolean {
  return address.trim().endsWith(SANDBOX_FAILING_SUFFIX);
}
