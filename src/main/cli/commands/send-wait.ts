import type { RecipientOutcome, RecipientsPage } from '../../../shared/contract/outbound';
import type { Core } from '../../core';
import { CliError } from '../command';

// `relaydesk send --wait [SECONDS]`: after the send, wait for receipts and print what became of
// each destination, in the words History uses (DeliveryState, receipt codes in words).

export const DEFAULT_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 3600;
const POLL_MS = 500;

/** `--wait` alone waits the default; `--wait 45` that many seconds; no --wait: undefined. */
export function parseWait(wait: boolean, positionals: readonly string[]): number | undefined {
  if (positionals.length > (wait ? 1 : 0)) throw new CliError(`unexpected argument "${positionals[wait ? 1 : 0]}"`);
  if (!wait) return undefined;
  if (positionals.length === 0) return DEFAULT_WAIT_SECONDS;
  const seconds = Number(positionals[0]);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_WAIT_SECONDS) {
    throw new CliError(`--wait: "${positionals[0]}" is not a number of seconds from 1 to ${MAX_WAIT_SECONDS}`);
  }
  return seconds;
}

async function outcomes(core: Core, jobId: string): Promise<RecipientOutcome[]> {
  const out: RecipientOutcome[] = [];
  for (let offset = 0; ; offset += 1000) {
    const result = await core.dispatch('outbound:recipients', { jobId, offset, limit: 1000 });
    if (!result.ok) throw new CliError(result.error.message);
    const page = result.output as RecipientsPage;
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) return out;
  }
}

/** A receipt has said the last word: delivered, read or failed. */
const settled = (o: RecipientOutcome): boolean => o.delivery === 'delivered' || o.delivery === 'read' || o.delivery === 'failed';

/** Polls the job's recipients until each has its outcome, the time is up or the user stops. */
export async function waitForOutcomes(
  core: Core,
  jobId: string,
  seconds: number,
  stopSignal: Promise<void>,
): Promise<{ outcomes: RecipientOutcome[]; complete: boolean }> {
  const deadline = Date.now() + seconds * 1000;
  let stopped = false;
  void stopSignal.then(() => (stopped = true));
  for (;;) {
    const current = await outcomes(core, jobId);
    const complete = current.every(settled);
    if (complete || stopped || Date.now() >= deadline) return { outcomes: current, complete };
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
  }
}

/** One line per destination: address, outcome, the receipt's code in words, the API's answer when refused. */
export function outcomeLine(o: RecipientOutcome): string {
  const why =
    o.lastReceipt?.words ??
    (o.delivery === 'failed' || o.delivery === 'unknown' ? [o.api.code, o.api.description].filter(Boolean).join(': ') : '');
  const reply = o.likelyReply?.text ? `  reply: ${JSON.stringify(o.likelyReply.text)}` : '';
  return `${o.destination}  ${o.delivery}${why ? `  ${why}` : ''}${reply}`;
}
