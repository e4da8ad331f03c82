import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs } from '../playwright.config';
import { postAtRate } from './post-at-rate';

// POST -> visible in the renderer, for bench/inbound.bench.ts: the real `relaydesk serve` (built
// CLI and renderer), the console open in Chromium on #/inbound, webhooks posted at a steady rate.
// The feed is virtualized (only the top rows are in the DOM), so an event counts as visible when
// the feed's event count first includes it: that count and the list change in the same render.

const root = join(import.meta.dirname, '..');

export interface VisibleLatency {
  p50: number;
  p95: number;
  p99: number;
  sent: number;
  /** Answered 200 by the listener. */
  acked: number;
  seen: number;
  /** Distinct events the core pushed to the page (a first page may also have brought some). */
  pushed: number;
}

/** Why the measurement cannot run here, or null. */
export function visibleLatencyUnavailable(): string | null {
  if (!existsSync(join(root, 'out/renderer/index.html'))) return 'the renderer is not built (npm run build)';
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (apt-get install chromium)`;
  return null;
}

async function startServe(dataDir: string): Promise<{ stop: () => Promise<void>; consoleUrl: string; listenerUrl: string }> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/relaydesk.cjs'), 'serve', '--port', '0', '--listen-port', '0', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const urls = await new Promise<{ consoleUrl: string; listenerUrl: string }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const consoleUrl = /console on (\S+)/.exec(out)?.[1];
      const listenerUrl = /listening on (\S+)/.exec(out)?.[1];
      if (consoleUrl && listenerUrl) resolve({ consoleUrl, listenerUrl });
    });
    child.once('exit', (code) => reject(new Error(`relaydesk serve exited (${code})`)));
  });
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { ...urls, stop };
}

/**
 * Waits until the recorded count reaches `total`, polling from here: a predicate run inside the
 * page (waitForFunction) is refused by the console's Content-Security-Policy (no eval), which
 * made this wait end at once and miss the last pushes whenever they landed a moment later.
 */
async function waitForCount(page: Page, total: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (((await page.evaluate('window.__counts.at(-1)?.[1] ?? 0')) as number) >= total) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Posts `rate` events a second for `seconds` and times each until the console's feed shows it. */
export async function visibleLatency(dataDir: string, rate = 1000, seconds = 5): Promise<VisibleLatency> {
  const served = await startServe(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    // Every row the core pushed over the socket, to tell a lost push from a miscount on screen.
    const pushed = new Set<string>();
    page.on('websocket', (ws) =>
      ws.on('framereceived', (frame) => {
        const message = JSON.parse(String(frame.payload)) as { event?: string; payload?: { events?: { id: string }[] } };
        if (message.event === 'inbound:received') for (const e of message.payload?.events ?? []) pushed.add(e.id);
      }),
    );
    await page.goto(`${served.consoleUrl}#/inbound`);
    // Every change of the count, with the page's clock (the same wall clock as this process).
    // As source text: this file is compiled without the DOM's types.
    await page.evaluate(`(() => {
      window.__counts = [];
      let last = -1;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="feed-count"]')?.textContent ?? '';
        const count = Number((/^([\\d,]+)/.exec(text)?.[1] ?? '').replace(/,/g, ''));
        if (text !== '' && Number.isFinite(count) && count !== last) {
          last = count;
          window.__counts.push([Date.now(), count]);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);

    const sentAt: number[] = [];
    const acked = await postAtRate(served.listenerUrl, 'visible', rate, seconds, (n) => (sentAt[n] = Date.now()));
    const total = sentAt.length;
    await waitForCount(page, total, 30_000);
    const counts = (await page.evaluate('window.__counts')) as [number, number][];

    // Events are stored in the order they arrive, so event n is on screen once the count passes n.
    const latencies: number[] = [];
    let c = 0;
    for (let n = 0; n < total; n++) {
      while (c < counts.length && counts[c]![1] < n + 1) c++;
      if (c === counts.length) break;
      latencies.push(counts[c]![0] - sentAt[n]!);
    }
    latencies.sort((a, b) => a - b);
    return {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      sent: total,
      acked,
      seen: latencies.length,
      pushed: pushed.size,
    };
  } finally {
    await browser.close();
    await served.stop();
  }
}
