/* eslint-disable no-console -- a benchmark reports on stdout */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

// Bulk send of 100,000 personalised recipients to the sandbox with TPS unlimited (requests of
// 1000): Relaydesk's whole path (validate, split, write the outbox, send, record every answer,
// synchronous=FULL) against a baseline measured in the same run on the same machine: plain
// keep-alive HTTP posts of the same pre-built bodies, same concurrency. Each runs in its own process;
// the sandbox runs in a third, so its CPU counts for neither.

const root = join(import.meta.dirname, '..');
const phaseScript = join(root, 'bench', 'outbound-phase.ts');
/** Regression guard: Relaydesk validates every recipient and fsyncs every round, the baseline does neither. */
const TARGET_RATIO = 0.35;
/** Rounds of (baseline, relaydesk); odd, so the median is one round's ratio. */
const ROUNDS = 5;

interface PhaseResult {
  phase: string;
  requests: number;
  accepted: number;
  recipients: number;
  seconds: number;
  phaseCpuSeconds: number;
  peakRssMb: number;
  queueSeconds?: number;
}

function run(args: string[], onLine?: (line: string, child: ChildProcess) => boolean): Promise<{ child: ChildProcess; lines: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', phaseScript, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let buffer = '';
    let resolved = false;
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (!resolved && onLine?.(line, child)) {
          resolved = true;
          resolve({ child, lines });
        }
      }
    });
    child.on('exit', (code) => {
      if (resolved) return;
      if (code === 0) resolve({ child, lines });
      else reject(new Error(`${args[0]} phase exited with ${code}`));
    });
  });
}

async function phase(name: string, url: string): Promise<PhaseResult> {
  const { lines } = await run([name, url]);
  const line = lines.find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`${name}: no result`);
  return JSON.parse(line.slice('RESULT '.length)) as PhaseResult;
}

const { child: sandbox, lines } = await run(['sandbox'], (line) => line.startsWith('URL '));
const url = lines.find((l) => l.startsWith('URL '))!.slice(4);
try {
  // Warm the sandbox (JIT) so neither phase pays for it.
  await phase('baseline', url);
  // Each round pairs a baseline with a relaydesk run right after it, so a busy moment on a shared
  // machine weighs on both halves of one ratio; the median round decides, not one slow outlier.
  const rounds: { base: PhaseResult; ours: PhaseResult; ratio: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const base = await phase('baseline', url);
    const ours = await phase('relaydesk', url);
    rounds.push({ base, ours, ratio: base.seconds / ours.seconds });
  }
  const row = (r: PhaseResult) => {
    const cols = [
      r.phase.padEnd(10),
      String(r.requests).padStart(8),
      (r.requests / r.seconds).toFixed(1).padStart(10),
      (r.recipients / r.seconds).toFixed(0).padStart(12),
      r.seconds.toFixed(2).padStart(8),
      r.phaseCpuSeconds.toFixed(2).padStart(8),
      `${((r.phaseCpuSeconds / r.seconds) * 100).toFixed(0)}%`.padStart(6),
      r.peakRssMb.toFixed(0).padStart(9),
    ];
    return cols.join('  ');
  };
  const { base, ours, ratio } = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(ROUNDS / 2)]!;
  console.log(`${base.recipients} personalised recipients, TPS unlimited (1000 per request), ${4} on the wire at once`);
  console.log(`ratio per round: ${rounds.map((r) => r.ratio.toFixed(2)).join(', ')}; the median round:`);
  console.log(
    [
      'phase'.padEnd(10),
      'requests'.padStart(8),
      'requests/s'.padStart(10),
      'recipients/s'.padStart(12),
      'seconds'.padStart(8),
      'CPU s'.padStart(8),
      'CPU'.padStart(6),
      'peak MB'.padStart(9),
    ].join('  '),
  );
  console.log(row(base));
  console.log(row(ours));
  console.log(
    `ratio (relaydesk / baseline recipients/s), median of ${ROUNDS} rounds: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO}); of which validate + split + queue: ${ours.queueSeconds?.toFixed(2)} s`,
  );
  const refused = rounds.filter((r) => r.base.accepted !== r.base.requests || r.ours.accepted !== r.ours.requests);
  for (const r of refused)
    console.log(
      `not every request was accepted: baseline ${r.base.accepted}/${r.base.requests}, relaydesk ${r.ours.accepted}/${r.ours.requests}`,
    );
  const ok = refused.length === 0 && ratio >= TARGET_RATIO;
  console.log(
    `BENCH_ROW ${JSON.stringify({ bench: 'outbound bulk send', metric: 'recipients/s', ours: Math.round(ours.recipients / ours.seconds), baseline: Math.round(base.recipients / base.seconds), ratio: Number(ratio.toFixed(2)), target: TARGET_RATIO, ok })}`,
  );
  console.log(ok ? 'outbound bench: PASS' : 'outbound bench: FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  sandbox.kill('SIGTERM');
}
