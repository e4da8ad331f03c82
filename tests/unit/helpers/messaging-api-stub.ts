import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { afterEach } from 'vitest';

/**
 * A tiny stand-in for the vendor API that answers "Test connection" the documented way
 * (401 / 400 on v2, codes 7001 / 7004 / 7007 on v1) and checks JWTs like the server does.
 * It also records every request's headers so tests can see what was sent.
 */
export interface ApiStub {
  url: string;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
}

export interface ApiStubOptions {
  serviceId: string;
  serviceKey: string;
  jwtSecretBase64: string;
  /** Answer 7007 (service inactive) to a good key. */
  inactive?: boolean;
}

const servers: { close(): void }[] = [];
afterEach(() => {
  while (servers.length) servers.pop()!.close();
});

async function jwtOk(header: string | undefined, options: ApiStubOptions): Promise<boolean> {
  const token = header?.replace(/^Bearer /, '');
  if (!token) return false;
  try {
    const { payload } = await jwtVerify(token, new Uint8Array(Buffer.from(options.jwtSecretBase64, 'base64')), {
      algorithms: ['HS256'],
      issuer: options.serviceId,
    });
    return typeof payload.iat === 'number' && Math.abs(payload.iat - Date.now() / 1000) < 120;
  } catch {
    return false;
  }
}

export async function startApiStub(options: ApiStubOptions): Promise<ApiStub> {
  const requests: ApiStub['requests'] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      void (async () => {
        requests.push({ path: req.url ?? '', headers: req.headers });
        const json = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        const keyOk = req.headers.key === options.serviceKey;
        if (req.method === 'POST' && req.url === '/v2/messages') {
          // JWT wins when both are sent, as the API documents.
          const ok = req.headers.authorization ? await jwtOk(req.headers.authorization, options) : keyOk;
          if (!ok) return json(401, { code: '7001', description: 'Authentication failed' });
          if (options.inactive) return json(403, { code: '7007', description: 'Service inactive' });
          return json(400, { code: '7004', description: 'channel: required' });
        }
        if (req.method === 'POST' && req.url === '/resources/v1/messaging') {
          if (!keyOk) return json(200, { response: { code: '7001', description: 'Authentication failed' } });
          if (options.inactive) return json(200, { response: { code: '7007', description: 'Service inactive' } });
          return json(200, { response: { code: '7004', description: 'Invalid parameters' } });
        }
        json(404, { error: 'not found' });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
