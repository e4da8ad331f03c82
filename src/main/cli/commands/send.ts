import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { JobProgress, OutboundRequestSummary, ValidateResult } from '../../../shared/contract/outbound';
import { ContractError } from '../../../shared/errors';
import { ApiVersion } from '../../../shared/api/api-version';
import { createCore, type Core } from '../../core';
import { ensureSandboxForProfile, findRunningListener } from '../../core/outbound/one-shot-sandbox';
import { CliError, writeLine, type Command } from '../command';
import { parseFlag } from '../flags';
import { checkMediaUrlSizes } from './send-attachments';
import { outcomeLine, parseWait, waitForOutcomes } from './send-wait';

const ProfileFlag = z.string().trim().min(1, 'name a profile (e.g. Sandbox)');
const FileFlag = z.string().trim().min(1, 'name a JSON file with the request body');

function readBody(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`--file: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(
      `--file: ${file} is not valid JSON (${(error as Error).message}). Write the request body as strict JSON, no comments.`,
    );
  }
}

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new ContractError(result.error.code, result.error.message, result.error.path);
  return result.output as T;
}

async function allRequests(core: Core, jobId: string): Promise<OutboundRequestSummary[]> {
  const out: OutboundRequestSummary[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call<{ items: OutboundRequestSummary[]; total: number }>(core, 'outbound:list', { jobId, offset, limit: 500 });
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) break;
  }
  return out.sort((a, b) => a.seq - b.seq);
}

/** Where a one-shot sandbox's receipts go, in words, and whether they can reach the database. */
function whereReceiptsGo(body: unknown, listener: string | null): { words: string; reachable: boolean } {
  const own =
    typeof body === 'object' && body !== null
      ? ((body as Record<string, unknown>).notifyUrl ?? (body as Record<string, unknown>).notifyurl)
      : undefined;
  if (typeof own === 'string') return { words: `receipts go to the request's notify URL ${own}`, reachable: true };
  if (listener) return { words: `receipts and replies go to the Relaydesk listener at ${listener}`, reachable: true };
  return {
    words:
      "no Relaydesk listener answers on this machine, so the sandbox's receipts go nowhere: start the console or `relaydesk listen` first, or set notifyUrl in the request",
    reachable: false,
  };
}

function progressLine(p: JobProgress, total: number): string {
  const eta = p.etaSeconds === null ? '' : `, ETA ${p.etaSeconds}s`;
  const offline = p.state === 'offline' ? ' [offline: waiting for the network]' : '';
  return `sent ${p.sent}/${total}, failed ${p.failed}, remaining ${p.remaining}, ${p.ratePerSecond}/s${eta}${offline}`;
}

export const sendCommand: Command = {
  name: 'send',
  summary: 'Validate, split by TPS and send a request body (v1 or v2) through the outbox',
  usage: 'relaydesk send --profile NAME --file request.json [--api v1|v2] [--dry-run] [--wait [SECONDS]] [--json]',
  allowPositionals: true,
  options: {
    wait: { type: 'boolean' },
    profile: { type: 'string' },
    file: { type: 'string' },
    api: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, dataDir, io, stopSignal }) {
    const waitSeconds = parseWait(values.wait === true, positionals);
    const profile = parseFlag('profile', ProfileFlag, values.profile);
    const file = parseFlag('file', FileFlag, values.file);
    const api = values.api === undefined ? undefined : parseFlag('api', ApiVersion, values.api);
    const json = values.json === true;
    const body = readBody(file);
    const core = await createCore({ dataDir, startServices: false });
    let stopSandbox: (() => Promise<void>) | undefined;
    try {
      // One id per run: whatever retries the call, this run queues at most one send.
      const input = { profileId: profile, sendId: randomUUID(), api, body };
      const plan = await call<ValidateResult>(core, 'outbound:validate', input);
      if (plan.blockers.length > 0) {
        if (json) writeLine(io.stdout, JSON.stringify({ api: plan.api, ok: false, errors: plan.errors, blockers: plan.blockers }, null, 2));
        else for (const b of plan.blockers) writeLine(io.stderr, `relaydesk: not sent: ${b.message}`);
        return 1;
      }
      // Attachments and WhatsApp media by URL without a declared size: their servers are asked before anything is queued.
      const sizes = await checkMediaUrlSizes(body);
      const errors = [...plan.errors, ...(sizes?.errors ?? [])];
      // Kept and sent, as in Compose: unknown fields, documents that disagree, rules from elsewhere, unknown sizes.
      const warnings = [...plan.warnings, ...(sizes?.warnings ?? [])];
      // With --json they go in the JSON printed at the end.
      const jsonWarnings = warnings.length > 0 ? { warnings } : {};
      if (!json) for (const w of warnings) writeLine(io.stderr, `relaydesk: warning: ${w.path ? `${w.path}: ` : ''}${w.message}`);
      if (errors.length > 0) {
        if (json) writeLine(io.stdout, JSON.stringify({ api: plan.api, ok: false, errors, ...jsonWarnings }, null, 2));
        else for (const e of errors) writeLine(io.stderr, e.path ? `${e.path}: ${e.message}` : e.message);
        if (!json) writeLine(io.stderr, `relaydesk: not sent: ${errors.length} problem(s) in ${file}`);
        return 1;
      }
      const b = plan.batches;
      const summary = `${plan.api}: ${b.destinations} destination(s) in ${b.count} request(s) of at most ${b.maxPerRequest}, about ${b.estimatedSeconds}s at the profile's TPS`;
      if (values['dry-run'] === true) {
        if (json) writeLine(io.stdout, JSON.stringify({ api: plan.api, ok: true, dryRun: true, batches: b, ...jsonWarnings }, null, 2));
        else writeLine(io.stdout, `valid, not sent (dry run). ${summary}`);
        return 0;
      }
      const profiles = await call<{ id: string; name: string; region: string; tps: number }[]>(core, 'profiles:list', undefined);
      const chosen = profiles.find((p) => p.id === profile || p.name.toLowerCase() === profile.toLowerCase());
      const oneShot = chosen?.region === 'sandbox' && !core.context.status.get().sandbox.url;
      const listener = oneShot ? await findRunningListener(core.context) : null;
      stopSandbox = await ensureSandboxForProfile(core.context, chosen?.region === 'sandbox', chosen?.tps, listener ?? undefined);
      const receiptsGo = stopSandbox ? whereReceiptsGo(body, listener) : null;
      if (stopSandbox && !json) {
        writeLine(
          io.stderr,
          `using a sandbox started for this command at ${core.context.status.get().sandbox.url ?? '?'} (it stops when the command ends)`,
        );
        writeLine(io.stderr, receiptsGo!.words);
      }
      if (!json) writeLine(io.stderr, `sending ${summary}`);
      // Filled in once the send is queued; progress may already be flowing by then.
      const job: { id?: string; total: number } = { total: 0 };
      let last = 0;
      const finished = new Map<string, JobProgress>();
      let resolveDone: (p: JobProgress) => void = () => {};
      const done = new Promise<JobProgress>((resolve) => (resolveDone = resolve));
      core.events.subscribe((name, payload) => {
        if (name !== 'outbound:progress') return;
        const p = payload as JobProgress;
        if (p.state === 'done' || p.state === 'cancelled') {
          finished.set(p.jobId, p);
          if (p.jobId === job.id) resolveDone(p);
        } else if (p.jobId === job.id && !json && Date.now() - last > 1000) {
          last = Date.now();
          writeLine(io.stderr, progressLine(p, job.total));
        }
      });
      const receipt = await call<{ jobId: string; requestCount: number; destinations: number }>(core, 'outbound:send', input);
      job.id = receipt.jobId;
      job.total = receipt.destinations;
      const early = finished.get(receipt.jobId);
      if (early) resolveDone(early);
      const interrupted = stopSignal.then(async () => {
        if (!json) writeLine(io.stderr, 'stopping: cancelling the requests not yet sent, waiting for those on the wire');
        const cancelled = await call<JobProgress>(core, 'outbound:cancel', { jobId: receipt.jobId });
        // Requests already on the wire get their answer recorded before the command exits.
        return cancelled.state === 'cancelled' ? cancelled : done;
      });
      const final = await Promise.race([done, interrupted]);
      const requests = await allRequests(core, receipt.jobId);
      const ok = requests.length > 0 && requests.every((r) => r.state === 'accepted');
      if (!json) {
        for (const r of requests.filter((x) => x.state !== 'accepted')) {
          writeLine(
            io.stderr,
            `request ${r.seq}/${requests.length} (${r.destinations} destination(s)): ${r.state}${r.responseCode ? ` ${r.responseCode}` : ''}: ${r.responseDescription ?? ''}`,
          );
        }
        writeLine(
          io.stdout,
          `${ok ? 'sent' : 'not all sent'}: ${final.sent} of ${receipt.destinations} destination(s) accepted in ${requests.length} request(s); job ${receipt.jobId} (see History)`,
        );
      }
      // The one-shot sandbox stays open (its pending receipts with it) until this wait ends.
      const canWait = waitSeconds !== undefined && final.state === 'done' && receiptsGo?.reachable !== false;
      if (waitSeconds !== undefined && !canWait && !json)
        writeLine(io.stderr, 'not waiting for receipts: none can reach this command (see above)');
      if (canWait && !json) writeLine(io.stderr, `waiting up to ${waitSeconds}s for receipts (Ctrl+C stops waiting)`);
      const waited = canWait ? await waitForOutcomes(core, receipt.jobId, waitSeconds, stopSignal) : undefined;
      if (json) {
        const summary = {
          api: plan.api,
          ok,
          jobId: receipt.jobId,
          destinations: receipt.destinations,
          sent: final.sent,
          failed: final.failed,
          requests: requests.map((r) => ({
            id: r.id,
            seq: r.seq,
            destinations: r.destinations,
            state: r.state,
            attempts: r.attempts,
            code: r.responseCode,
            description: r.responseDescription,
          })),
          ...(waited ? { receiptsComplete: waited.complete, outcomes: waited.outcomes } : {}),
          ...jsonWarnings,
        };
        writeLine(io.stdout, JSON.stringify(summary, null, 2));
      } else if (waited) {
        for (const outcome of waited.outcomes) writeLine(io.stdout, outcomeLine(outcome));
        if (!waited.complete)
          writeLine(io.stderr, `not every destination had a final receipt after ${waitSeconds}s; see History for what arrives later`);
      }
      return ok && (waited?.outcomes.every((o) => o.delivery !== 'failed') ?? true) ? 0 : 1;
    } finally {
      await stopSandbox?.();
      await core.close();
    }
  },
};
