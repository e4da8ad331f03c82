import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../../shared/limits';
import type { Dispatch } from '../dispatch';
import type { EventBus } from '../event-bus';
import { describeError, type Logger } from '../logger';
import { checkAccess, createToken, TOKEN_COOKIE } from './access';
import { CallTurns } from './call-turns';
import { SocketRequest } from './socket-protocol';
import { decodePath, readStatic } from './static-files';

export interface WebServerOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Where a socket that broke the protocol is noted; nothing when absent. */
  log?: Logger;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// No plain-http media: an image from an unverified sender loads only when the user asks (click to
// load, features/inbound/AttachmentList.tsx), and never over a connection anyone on the path can read.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
  "media-src https:; connect-src 'self'; frame-src 'self' blob: data:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/** Browser mode: the built renderer and the contract over a WebSocket, on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? createToken();
  let port = options.port ?? 0;

  const server = createServer((req, res) => {
    void handleHttp(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error');
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkAccess(req, port, token);
    if (!verdict.ok) return sendText(res, verdict.status, verdict.reason);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Only GET here; calls go over the WebSocket');
    }
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (decodePath(pathname) === null) return sendText(res, 400, `${pathname} is not a valid URL path (broken percent-encoding)`);
    const file = await readStatic(options.staticDir, pathname);
    if (!file) return sendText(res, 404, 'Not found (is the renderer built? run npm run build)');
    res.statusCode = 200;
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cache-Control', 'no-store');
    // The page's own assets and socket carry the token as a cookie, so it is never in their URLs.
    res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES });
  const turns = new CallTurns();
  server.on('upgrade', (req, socket, head) => {
    // Until ws takes the socket over (and when we refuse it), a reset from the peer must not
    // become an uncaught 'error' that ends the whole process with its listener and outbox.
    socket.on('error', () => socket.destroy());
    const verdict = checkAccess(req, port, token);
    if (!verdict.ok || new URL(req.url ?? '/', 'http://x').pathname !== '/socket') {
      const reason = verdict.ok ? 'Not found' : verdict.reason;
      const status = verdict.ok ? '404 Not Found' : '403 Forbidden';
      socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${reason}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attachSocket(ws));
  });

  function attachSocket(ws: WebSocket): void {
    const unsubscribe = options.events.subscribe((event, payload) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
    });
    ws.on('close', unsubscribe);
    // A frame that breaks the protocol (over maxPayload, a reserved opcode, invalid UTF-8, no
    // mask) is an 'error' on this one socket: ws has already closed it with the matching status
    // (1009, 1002, 1007). Without a listener that error would be thrown and end the process.
    ws.on('error', (error) => options.log?.warn('browser-mode socket closed: it broke the WebSocket protocol', describeError(error)));
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? null : data.toString();
      turns.take(() => void answer(ws, text), ws);
    });
  }

  async function answer(ws: WebSocket, text: string | null): Promise<void> {
    let json: unknown;
    try {
      json = text === null ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    // A tab closed mid-flood: its calls still waiting are not worth running.
    if (ws.readyState !== ws.OPEN) return;
    const request = SocketRequest.safeParse(json);
    if (!request.success) {
      ws.send(JSON.stringify({ id: null, ok: false, error: { code: 'invalid_input', message: 'Send JSON {id, call, input}' } }));
      return;
    }
    const result = await options.dispatch(request.data.call, request.data.input);
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: request.data.id, ...result }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(text + '\n');
}
