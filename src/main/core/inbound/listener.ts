import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalizePayload } from '../../../shared/inbound/normalize';
import { MAX_WEBHOOK_BODY_BYTES } from '../../../shared/limits/transport';
import type { Logger } from '../logger';
import type { IngestWriter } from './ingest-writer';
import type { Verification } from './verification';
import {
  captureHeaders,
  contentTypeProblem,
  loggablePath,
  parseJsonBody,
  parseRoute,
  preview,
  receivedHeaders,
  storedHeaders,
  type WebhookRoute,
} from './webhook-request';

// The bundled webhook listener. Every POST is normalized and committed to SQLite (through the
// IngestWriter's grouped transaction) before it is answered: a 200 tells the vendor not to retry,
// so it must only be sent once the event is in the WAL, where a crash cannot take it (power-safe:
// once the WAL is synced to the disk too). Refusals get a 4xx naming the problem and are kept in
// the rejected log.

/**
 * Past this many bytes a body is no longer waited for: it is answered 413 at once, and the rest,
 * which the sender may still be sending, is read and dropped for at most OVERSIZE_LINGER_MS so
 * the sender can read that answer (closing on unread data would reset the connection first).
 */
const DRAIN_LIMIT_BYTES = 4 * MAX_WEBHOOK_BODY_BYTES;
const OVERSIZE_LINGER_MS = 10_000;
/**
 * How long closing (a port move, quitting) waits for requests already in progress: each still gets
 * its answer, so a sender is not made to retry a webhook that was on its way in. Only a request
 * still unfinished after this is cut off.
 */
export const CLOSE_GRACE_MS = 3_000;

export interface ListenerOptions {
  host: string;
  port: number;
  ingest: IngestWriter;
  verification: Verification;
  log: Logger;
  /** See CLOSE_GRACE_MS. */
  closeGraceMs?: number;
}

export interface RunningListener {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

interface Body {
  buffer: Buffer;
  bytes: number;
  tooLarge: boolean;
  /** Answered before its end (past DRAIN_LIMIT_BYTES): `bytes` is what arrived by then. */
  cut: boolean;
}

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let kept = 0;
    const whole = (cut: boolean): Body => ({
      buffer: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
      bytes,
      tooLarge: bytes > MAX_WEBHOOK_BODY_BYTES,
      cut,
    });
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (kept + chunk.length <= MAX_WEBHOOK_BODY_BYTES) {
        chunks.push(chunk);
        kept += chunk.length;
      } else if (kept < MAX_WEBHOOK_BODY_BYTES) {
        chunks.push(chunk.subarray(0, MAX_WEBHOOK_BODY_BYTES - kept + 1));
        kept = MAX_WEBHOOK_BODY_BYTES + 1;
      }
      if (bytes > DRAIN_LIMIT_BYTES) {
        // The stream keeps flowing with no listener: the rest is dropped as it arrives.
        req.off('data', onData);
        resolve(whole(true));
      }
    };
    req.on('data', onData);
    req.on('end', () => resolve(whole(false)));
    req.on('error', reject);
  });
}

const MIB = 1024 * 1024;

/** Why an oversized body was refused: its size (as declared, when it was not read to the end) and the limit. */
function tooLargeReason(body: Body, declared: number): string {
  const size = body.cut ? `over ${Math.max(body.bytes, declared)} bytes` : `${body.bytes} bytes`;
  return `body is ${size}; the limit is ${MAX_WEBHOOK_BODY_BYTES} bytes (${MAX_WEBHOOK_BODY_BYTES / MIB} MiB)`;
}

function send(res: ServerResponse, status: number, body: object, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...extraHeaders,
  });
  res.end(text);
}

function declaredLength(req: IncomingMessage): number {
  const declared = Number(req.headers['content-length'] ?? 0);
  return Number.isSafeInteger(declared) && declared > 0 ? declared : 0;
}

/** After an early 413: the sender has OVERSIZE_LINGER_MS to finish sending (dropped), then the connection goes. */
function lingerThenClose(req: IncomingMessage): void {
  if (req.complete) return;
  const timer = setTimeout(() => {
    if (!req.complete) req.socket.destroy();
  }, OVERSIZE_LINGER_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
}

/** True when the path named a sender whose own check (on, and passed) already covered this request. */
function checkedByRoute(route: WebhookRoute, verification: Verification): boolean {
  return route.source !== undefined && verification.modeOf(route.source) !== 'none';
}

const EMPTY_BODY = { ok: false, reason: 'empty body: send the webhook payload as a JSON object' } as const;

/**
 * `closing`: true once the listener is closing; each answer from then on (those to requests
 * already in progress included) also ends its keep-alive connection, so the close is not held up.
 */
function createWebhookHandler(options: Omit<ListenerOptions, 'host' | 'port'>, closing: () => boolean) {
  const { ingest, verification, log } = options;
  const answer = (res: ServerResponse, status: number, body: object, extraHeaders: Record<string, string> = {}): void =>
    send(res, status, body, closing() ? { ...extraHeaders, connection: 'close' } : extraHeaders);

  const refuse = async (
    req: IncomingMessage,
    res: ServerResponse,
    route: WebhookRoute | null,
    pathname: string,
    status: number,
    told: string,
    body: Body | null,
  ): Promise<void> => {
    const reason = verification.redact(told);
    const shown = body ? preview(body.buffer) : { text: '', truncated: false };
    try {
      await ingest.reject({
        via: 'webhook',
        method: req.method ?? 'POST',
        path: verification.redact(loggablePath(pathname, route)),
        httpStatus: status,
        reason,
        contentType: req.headers['content-type'] ?? null,
        bodyBytes: body === null ? declaredLength(req) : body.cut ? Math.max(body.bytes, declaredLength(req)) : body.bytes,
        bodyPreview: shown.text,
        bodyTruncated: shown.truncated || (body?.tooLarge ?? false),
        headers: captureHeaders(req.headers),
      });
    } catch (error) {
      log.error('could not log a rejected webhook', { reason, error: (error as Error).message });
    }
    answer(res, status, { ok: false, error: reason });
    if (body?.cut) lingerThenClose(req);
  };

  const refuseTooLarge = (req: IncomingMessage, res: ServerResponse, route: WebhookRoute, pathname: string, body: Body): Promise<void> =>
    refuse(req, res, route, pathname, 413, tooLargeReason(body, declaredLength(req)), body);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query === -1 ? url : url.slice(0, query);
    const route = parseRoute(pathname);
    const method = req.method ?? 'GET';
    if (method === 'HEAD' || method === 'GET') {
      if (!route) return answer(res, 404, { ok: false, error: `no webhook endpoint at ${pathname}; use /webhooks` });
      // Vendors probe a URL with HEAD/GET before saving it.
      return answer(res, 200, { ok: true, service: 'Relaydesk webhook listener', accepts: 'POST application/json' });
    }
    if (method !== 'POST') {
      req.resume();
      return answer(res, 405, { ok: false, error: `${method} is not supported; POST the webhook as JSON` }, { allow: 'POST, GET, HEAD' });
    }
    if (!route) {
      const body = await readBody(req);
      return refuse(
        req,
        res,
        null,
        pathname,
        404,
        `no webhook endpoint at ${pathname}: post to /webhooks or /webhooks/<imiconnect|leadconnector>`,
        body,
      );
    }
    const typeProblem = contentTypeProblem(req.headers['content-type']);
    const body = await readBody(req);
    if (body.tooLarge) return refuseTooLarge(req, res, route, pathname, body);
    if (typeProblem) return refuse(req, res, route, pathname, 415, typeProblem, body);
    const raw = body.buffer.toString('utf8');
    // Verification reads a signature under whatever name the user set; only the stored copy is redacted.
    const received = receivedHeaders(req.headers);
    const headers = storedHeaders(received);
    if (route.source) {
      const verified = verification.check({ source: route.source, headers: received, body: body.buffer, pathToken: route.token });
      if (!verified.ok) return refuse(req, res, route, pathname, 401, verified.reason, body);
    }
    const parsed = raw.trim() === '' ? EMPTY_BODY : parseJsonBody(raw);
    const normalized = parsed.ok ? normalizePayload(parsed.value, route.source) : null;
    if (!route.source && normalized !== null && normalized.source !== 'unknown') {
      const verified = verification.check({ source: normalized.source, headers: received, body: body.buffer, pathToken: route.token });
      if (!verified.ok) return refuse(req, res, route, pathname, 401, verified.reason, body);
    } else if ((normalized === null || normalized.kind === 'unknown') && verification.anyOn && !checkedByRoute(route, verification)) {
      // Not attributable to a sender (or not even JSON): see Verification.checkUnrecognised.
      const verified = verification.checkUnrecognised({ headers: received, body: body.buffer, pathToken: route.token });
      if (!verified.ok) return refuse(req, res, route, pathname, 401, verified.reason, body);
    }
    if (normalized === null) return refuse(req, res, route, pathname, 400, parsed.ok ? 'body is not valid JSON' : parsed.reason, body);
    try {
      const result = await ingest.ingest({ normalized, raw, headers, via: 'webhook' });
      answer(res, 200, { ok: true, id: result.id, duplicate: result.duplicate, kind: normalized.kind });
    } catch (error) {
      log.error('could not store a webhook', { error: (error as Error).message });
      // 503 asks the vendor to retry: nothing was acknowledged.
      answer(res, 503, { ok: false, error: `could not store the event (${(error as Error).message}); retry later` });
    }
  };
}

export function startListener(options: ListenerOptions): Promise<RunningListener> {
  let closing = false;
  const handler = createWebhookHandler(options, () => closing);
  const server: Server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      options.log.error('listener request failed', { error: (error as Error).message });
      if (!res.headersSent) send(res, 500, { ok: false, error: 'internal error; the details are in the Relaydesk log' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        host: address.address,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            const cutOff = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? CLOSE_GRACE_MS);
            server.close(() => {
              clearTimeout(cutOff);
              done();
            });
            // Idle keep-alive connections go now; those with a request in progress end after its answer.
            server.closeIdleConnections();
          }),
      });
    });
  });
}
