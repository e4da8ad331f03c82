import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PostError, postJson } from '../../src/main/core/outbound/http-post';
import { hugeAnswer } from './helpers/huge-answer';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  while (servers.length) servers.pop()!.close();
});

describe('posting to a messaging API', () => {
  it('a server that answers with megabytes (a wrong base URL) is refused once 1 MiB arrived, as maybe sent', async () => {
    const huge = hugeAnswer(50, ' ');
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => huge.send(res));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/messages`;
    const error = await postJson(url, {}, '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostError);
    expect((error as PostError).message).toBe(
      "the answer is larger than 1 MiB, so this is not the messaging API (check the profile's base URL)",
    );
    expect((error as PostError).delivered).toBe('maybe');
    expect((error as PostError).answerTooLarge).toBe(true);
    await expect.poll(huge.closedEarly).toBe(true);
  });

  it('a normal JSON answer is parsed', async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(202, { 'content-type': 'application/json' }).end('{"code":"1001"}'));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const answer = await postJson(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/messages`, {}, '{}');
    expect(answer).toEqual({ status: 202, body: { code: '1001' } });
  });
});
