import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../src/shared/limits';
import { tempDir } from './helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');
let child: ChildProcess;
let served: { port: number; token: string; listener: string };
let stderr = '';

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/unit/fixtures/browser-mode.ts'), tempDir()], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  served = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!) as typeof served);
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited early (${code}): ${stderr}`)));
  });
}, 60_000);

afterAll(() => {
  child?.kill();
});

/** A WebSocket handshake written by hand, so the frames after it can break every rule. */
function rawSocket(): Promise<{ socket: Socket; received: () => Buffer; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(served.port, '127.0.0.1');
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (upgraded) return;
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString();
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(head));
      upgraded = true;
      buffer = buffer.subarray(end + 4);
      resolve({ socket, received: () => buffer, closed });
    });
    const host = `127.0.0.1:${served.port}`;
    socket.write(
      `GET /socket?token=${served.token} HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nUpgrade: websocket\r\n` +
        `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
  });
}

function maskedFrame(firstByte: number, payload: Buffer, declaredLength = payload.length): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  let header: Buffer;
  if (declaredLength < 126) header = Buffer.from([firstByte, 0x80 | declaredLength]);
  else {
    header = Buffer.alloc(10);
    header[0] = firstByte;
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(declaredLength), 2);
  }
  return Buffer.concat([header, mask, masked]);
}

/** The status code of the close frame the server sent, once it hung up. */
async function closeCodeAfter(frame: Buffer): Promise<number> {
  const { socket, received, closed } = await rawSocket();
  socket.write(frame);
  await closed;
  const bytes = received();
  expect(bytes[0]).toBe(0x88);
  return bytes.readUInt16BE(2);
}

async function stillServes(): Promise<void> {
  const origin = `http://127.0.0.1:${served.port}`;
  const ws = new WebSocket(`ws://127.0.0.1:${served.port}/socket?token=${served.token}`, { headers: { Origin: origin } });
  const reply = await new Promise<unknown>((resolve, reject) => {
    ws.once('open', () => ws.send(JSON.stringify({ id: 7, call: 'app:setTheme', input: 'dark' })));
    ws.once('message', (data) => resolve(JSON.parse(String(data))));
    ws.once('error', reject);
  });
  ws.close();
  expect(reply).toEqual({ id: 7, ok: true, output: 'dark' });
  const webhook = await fetch(served.listener, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"x":1}' });
  expect(webhook.status).toBeLessThan(500);
  expect(child.exitCode).toBeNull();
}

describe('browser mode survives a socket that breaks the WebSocket protocol', () => {
  it('a frame over the size limit closes that socket with 1009 (message too big)', async () => {
    expect(await closeCodeAfter(maskedFrame(0x81, Buffer.alloc(0), MAX_SOCKET_MESSAGE_BYTES + 1))).toBe(1009);
    await stillServes();
  });

  it('a reserved opcode closes that socket with 1002 (protocol error)', async () => {
    expect(await closeCodeAfter(maskedFrame(0x83, Buffer.from('hi')))).toBe(1002);
    await stillServes();
  });

  it('a text frame that is not UTF-8 closes that socket with 1007', async () => {
    expect(await closeCodeAfter(maskedFrame(0x81, Buffer.from([0xff, 0xfe, 0xfd])))).toBe(1007);
    await stillServes();
  });

  it('an unmasked frame from the browser side closes that socket with 1002', async () => {
    expect(await closeCodeAfter(Buffer.from([0x81, 0x02, 0x68, 0x69]))).toBe(1002);
    await stillServes();
  });

  it('a peer that resets the connection mid-handshake or after a refusal takes nothing down', async () => {
    const socket = connect(served.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`GET /socket HTTP/1.1\r\nHost: 127.0.0.1:${served.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`);
    socket.resetAndDestroy();
    await stillServes();
  });
});
