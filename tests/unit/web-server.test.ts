import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebServer, type WebServer } from '../../src/main/core/web/server';
import { testCore } from './helpers/core';
import { tempDir } from './helpers/temp-dir';

let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve() {
  const core = await testCore();
  const staticDir = tempDir();
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Relaydesk</title>');
  server = await startWebServer({ dispatch: core.dispatch, events: core.events, staticDir });
  return { core, server };
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function openSocket(url: string, headers: Record<string, string> = {}) {
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('browser-mode server', () => {
  it('binds to 127.0.0.1 and uses a 256-bit token', async () => {
    const { server } = await serve();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  it('serves the console with the token and sets a strict cookie and CSP', async () => {
    const { server } = await serve();
    const res = await get(server.port, `/?token=${server.token}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Relaydesk');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).not.toMatch(/\bhttp:/);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses requests without the token, with a foreign Host or a foreign Origin', async () => {
    const { server } = await serve();
    expect((await get(server.port, '/')).status).toBe(403);
    expect((await get(server.port, `/?token=${server.token}`, { Host: 'attacker.test' })).status).toBe(403);
    expect((await get(server.port, `/?token=${server.token}`, { Origin: 'http://attacker.test' })).status).toBe(403);
    expect((await get(server.port, `/`, { Cookie: `relaydesk_token=${server.token}` })).status).toBe(200);
    expect((await get(server.port, `/`, { Host: `localhost:${server.port}`, Cookie: `relaydesk_token=${server.token}` })).status).toBe(200);
  });

  it('does not serve files outside the renderer folder', async () => {
    const { server } = await serve();
    const res = await get(server.port, `/..%2f..%2f..%2fetc%2fpasswd?token=${server.token}`);
    expect(res.body).not.toContain('root:');
  });

  it('a path with broken percent-encoding is a 400 that says so, not an internal error', async () => {
    const { server } = await serve();
    const broken = await get(server.port, `/%ZZ?token=${server.token}`);
    expect(broken.status).toBe(400);
    expect(broken.body).toContain('/%ZZ is not a valid URL path (broken percent-encoding)');
    expect((await get(server.port, `/?token=${server.token}`)).status).toBe(200);
  });

  it('answers contract calls over the socket and pushes events', async () => {
    const { core, server } = await serve();
    const origin = `http://127.0.0.1:${server.port}`;
    const ws = await openSocket(`ws://127.0.0.1:${server.port}/socket?token=${server.token}`, { Origin: origin });
    const messages: unknown[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(String(data))));
    ws.send(JSON.stringify({ id: 1, call: 'app:setTheme', input: 'dark' }));
    ws.send(JSON.stringify({ id: 2, call: 'app:setTheme', input: 42 }));
    ws.send('not json');
    core.context.status.setOnline(false);
    await expect.poll(() => messages.length).toBeGreaterThanOrEqual(4);
    expect(messages).toContainEqual({ id: 1, ok: true, output: 'dark' });
    expect(messages).toContainEqual(expect.objectContaining({ id: 2, ok: false }));
    expect(messages).toContainEqual(expect.objectContaining({ id: null, ok: false }));
    expect(messages).toContainEqual(expect.objectContaining({ event: 'app:status', payload: expect.objectContaining({ online: false }) }));
    ws.close();
  });

  it('refuses a socket from another origin or without the token', async () => {
    const { server } = await serve();
    await expect(openSocket(`ws://127.0.0.1:${server.port}/socket?token=${server.token}`, { Origin: 'http://evil.test' })).rejects.toThrow(
      '403',
    );
    await expect(openSocket(`ws://127.0.0.1:${server.port}/socket`, { Origin: `http://127.0.0.1:${server.port}` })).rejects.toThrow('403');
  });
});
