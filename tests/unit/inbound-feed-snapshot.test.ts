import { Agent, request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/db/database';
import { startInbound } from './fixtures/inbound-harness';
import { startListenerProcess } from './helpers/listener-process';

// The feed counts events from a page's total and then from pushes of rows newer than the page.
// If a page could hold a row its total did not count, that row's push would be skipped and the
// count would stay short for good (seen as "4,983 events" after 5,000 webhooks). So under
// concurrent ingest by another process (`relaydesk listen` next to an open console: its commits
// land between any two statements of the console's), every answer's total must count exactly the
// rows up to its newest one.

function post(agent: Agent, url: string, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(`${url}/webhooks`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

describe('feed pages under concurrent ingest', () => {
  it('a page and its total come from one snapshot', { timeout: 60_000 }, async () => {
    const h = await startInbound();
    const other = await startListenerProcess(h.dataDir);
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    let stop = false;
    let n = 0;
    const client = async (): Promise<void> => {
      while (!stop) {
        const tid = `snap-${n++}`;
        await post(agent, other.url, JSON.stringify({ channel: 'SMS', oa: '441157070619', da: '918886661353', message: `m ${tid}`, tid }));
      }
    };
    const clients = Array.from({ length: 16 }, client);
    const check = new Database(join(h.dataDir, DATABASE_FILE_NAME), { readonly: true });
    const countUpTo = check.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM inbound_events WHERE seq <= ?');
    const mismatches: string[] = [];
    let pages = 0;
    try {
      const until = Date.now() + 4_000;
      while (Date.now() < until) {
        await new Promise((r) => setImmediate(r));
        const page = await h.handlers['inbound:query']({ filters: {}, limit: 20 });
        if (page.events.length === 0) continue;
        pages++;
        const newest = Number(page.events[0]!.id);
        // Rows up to the newest never change (ids only grow), so this count is the truth.
        const counted = countUpTo.get(newest)!.n;
        if (page.total !== counted) mismatches.push(`total ${page.total}, rows up to #${newest}: ${counted}`);
      }
    } finally {
      stop = true;
      await Promise.all(clients);
      agent.destroy();
      check.close();
      other.child.kill();
      await h.area.stop!();
    }
    expect(n).toBeGreaterThan(500);
    expect(pages).toBeGreaterThan(50);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
