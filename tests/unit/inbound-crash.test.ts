import { request, Agent } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startListenerProcess } from './helpers/listener-process';
import { tempDir } from './helpers/temp-dir';

// kill -9 the real listener (the CLI's `listen`, in a child process) while many clients post, then
// check that every event it acknowledged is in the database and that the file is intact.

function post(agent: Agent, url: string, body: string): Promise<{ status: number; id?: string }> {
  return new Promise((resolve) => {
    const req = request(`${url}/webhooks`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, id: (JSON.parse(text) as { id?: string }).id });
        } catch {
          resolve({ status: 0 });
        }
      });
      res.on('error', () => resolve({ status: 0 }));
    });
    req.on('error', () => resolve({ status: 0 }));
    req.end(body);
  });
}

async function crashRound(dataDir: string, round: number, killAfterMs: number): Promise<Map<string, string>> {
  const { child, url } = await startListenerProcess(dataDir);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const acked = new Map<string, string>();
  let dead = false;
  let n = 0;
  const client = async (): Promise<void> => {
    while (!dead) {
      const tid = `crash-${round}-${n++}`;
      const body = JSON.stringify({
        channel: 'SMS',
        oa: '441157070619',
        da: '918886661353',
        message: `load ${tid}`,
        tid,
        ts: new Date().toISOString(),
      });
      const res = await post(agent, url, body);
      if (res.status === 200 && res.id) acked.set(res.id, tid);
    }
  };
  const clients = Array.from({ length: 16 }, client);
  await new Promise((r) => setTimeout(r, killAfterMs));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  dead = true;
  await exited;
  await Promise.all(clients);
  agent.destroy();
  return acked;
}

describe('crash safety of the listener', () => {
  it('kill -9 under load loses no acknowledged event and leaves the database intact', { timeout: 90_000 }, async () => {
    const dataDir = tempDir();
    const allAcked = new Map<string, string>();
    for (const [round, killAfter] of [
      [1, 1500],
      [2, 900],
      [3, 2200],
    ] as const) {
      const acked = await crashRound(dataDir, round, killAfter);
      expect(acked.size, `round ${round} acknowledged something before the kill`).toBeGreaterThan(50);
      for (const [id, tid] of acked) allAcked.set(id, tid);

      const db = new Database(join(dataDir, 'relaydesk.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = db.prepare('SELECT seq, external_id FROM inbound_events').all() as { seq: number; external_id: string }[];
        const stored = new Map(rows.map((r) => [String(r.seq), r.external_id]));
        const missing = [...allAcked].filter(([id, tid]) => stored.get(id) !== tid);
        expect(missing, 'acknowledged events missing after kill -9').toEqual([]);
        // The raw-body full-text index is consistent in itself.
        db.prepare("INSERT INTO inbound_raw_fts (inbound_raw_fts) VALUES ('integrity-check')").run();
      } finally {
        db.close();
      }
    }
  });
});
