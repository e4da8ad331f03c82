import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_DEFAULT_RECEIPT_DELAY_MS } from '../../../shared/api/sandbox-rules';
import { DEFAULT_CREDENTIALS, type AuthResult, type SandboxCredential } from './credentials';
import { buildReceipt, buildReply, canReply, receiptSequence, type AcceptedRequest } from './deliveries';
import { handleV1, handleV2, type EndpointAnswer, type EndpointContext } from './endpoints';
import { MessageStatuses } from './status';
import { WebhookPoster } from './poster';
import { DestinationRateLimit } from './rate-limit';
import { SandboxLog } from './sandbox-log';

export type { SandboxCredential } from './credentials';
export type { SandboxLog, SandboxLogEntry } from './sandbox-log';

export interface SandboxOptions {
  /** 0 or undefined picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** Default: the well-known sandbox credentials from src/shared/sandbox.ts. */
  credentials?: SandboxCredential[];
  /** Destinations per second per service (sliding 1 s window). 0 or undefined: unlimited. */
  tps?: number;
  /** Wait before the first receipt, and between receipts, in ms. */
  receiptDelayMs?: number;
  /** Where simulated SMS replies go (seed-000 MO shape); null or undefined: no replies. */
  replies?: { url: string } | null;
  /** Notify URL for requests that name none (the vendor's per-service Notify URL). */
  defaultNotifyUrl?: string;
  /** NDJSON copy of the log. */
  logFile?: string;
  /** Waits before each receipt/reply retry (default 0.5 s, 2 s, 5 s). */
  retryDelaysMs?: number[];
}

export interface Sandbox {
  url: string;
  port: number;
  log: SandboxLog;
  close(): Promise<void>;
}

/** Largest request body the sandbox reads (1000 destinations with content fit comfortably). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const ROUTES = { v1: '/resources/v1/messaging', v2: '/v2/messages' } as const;

function redactHeaders(req: IncomingMessage, auth: AuthResult | null): Record<string, string> {
  const out: Record<string, string> = {};
  const keep = ['content-type', 'content-length', 'user-agent'];
  for (const name of keep) {
    const value = req.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  // Whether a credential was sent and whether it passed; never its value.
  const keyValid = auth?.via === 'key' && (auth.ok || auth.reason === 'inactive');
  if (req.headers.key !== undefined) out.key = auth?.via === 'jwt' ? '(ignored: JWT sent)' : keyValid ? '(valid)' : '(invalid)';
  if (req.headers.authorization !== undefined)
    out.authorization = auth?.via === 'jwt' && (auth.ok || auth.reason === 'inactive') ? 'Bearer (valid JWT)' : 'Bearer (invalid JWT)';
  return out;
}

function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge }));
    req.on('error', reject);
  });
}

/** Request bodies larger than this are logged as a preview only, so the log stays small. */
const MAX_LOGGED_BODY_CHARS = 100_000;

function loggedBody(text: string): unknown {
  if (text.length > MAX_LOGGED_BODY_CHARS) return `(${text.length} characters; first 2000 kept) ${text.slice(0, 2000)}…`;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  }
}

/**
 * The built-in sandbox: both vendor endpoints on 127.0.0.1, judged by the shared validation,
 * answering with the documented shapes and codes, then posting receipts (and optional replies).
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const log = new SandboxLog(options.logFile);
  const credentials = options.credentials ?? [...DEFAULT_CREDENTIALS];
  const delay = Math.max(0, options.receiptDelayMs ?? SANDBOX_DEFAULT_RECEIPT_DELAY_MS);
  const poster = new WebhookPoster({ log, retryDelaysMs: options.retryDelaysMs });
  const statuses = new MessageStatuses(delay);
  const endpoints: EndpointContext = {
    credentials,
    rateLimit: new DestinationRateLimit(options.tps),
    defaultNotifyUrl: options.defaultNotifyUrl,
  };

  // Receipts follow each other `delay` apart (submitted, delivered or failed, read); a reply
  // comes `delay` after delivery. Unrequested receipts are skipped without shifting the others.
  const schedule = (accepted: AcceptedRequest): void => {
    const notifyUrl = accepted.notifyUrl;
    const replyUrl = options.replies?.url;
    // One timer per step, not per destination: a 1000-destination request is three timers.
    const steps = new Map<number, (() => void)[]>();
    const at = (ms: number, task: () => void): void => {
      const tasks = steps.get(ms);
      if (tasks) tasks.push(task);
      else steps.set(ms, [task]);
    };
    for (const destination of accepted.destinations) {
      const all = receiptSequence({ ...accepted, requestedReceipts: undefined }, destination);
      const wanted = new Set(receiptSequence(accepted, destination));
      all.forEach((status, index) => {
        const when = delay * (index + 1);
        if (notifyUrl && wanted.has(status)) at(when, () => poster.post('receipt', notifyUrl, buildReceipt(accepted, destination, status)));
        if (status === 'delivered' && replyUrl && canReply(accepted, destination)) {
          at(when + delay, () => poster.post('reply', replyUrl, buildReply(accepted, destination)));
        }
      });
    }
    for (const [ms, tasks] of steps) poster.later(ms, () => tasks.forEach((task) => task()));
  };

  const answer = (res: ServerResponse, status: number, body: unknown): void => {
    if (body === undefined) {
      res.writeHead(status, { 'content-length': '0' });
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname.replace(/\/+$/, '');
    const method = req.method ?? 'GET';
    const api = path === ROUTES.v1 ? 'v1' : path === ROUTES.v2 ? 'v2' : null;
    // GET /v2/messages/{messageId}: "Check status" of a message this sandbox accepted.
    const statusOf = method === 'GET' && path.startsWith(`${ROUTES.v2}/`) ? decodeURIComponent(path.slice(ROUTES.v2.length + 1)) : null;
    const { text, tooLarge } = await readBody(req);
    let result: EndpointAnswer;
    if (statusOf !== null && statusOf !== '' && !statusOf.includes('/')) {
      result = await statuses.answer(credentials, req.headers, statusOf);
    } else if (api === null && method === 'GET' && (path === '' || path === '/')) {
      // Someone opened the sandbox in a browser: say what it is and how to use it.
      result = {
        status: 200,
        auth: null,
        body: {
          service: 'Relaydesk sandbox',
          endpoints: {
            v1: `POST ${ROUTES.v1} (header key)`,
            v2: `POST ${ROUTES.v2} (header key or Authorization: Bearer JWT)`,
            status: `GET ${ROUTES.v2}/{messageId} (same auth as v2)`,
          },
          tps: endpoints.rateLimit.limit ?? 'unlimited',
        },
      };
    } else if (api === null) {
      result = {
        status: 404,
        auth: null,
        body: { code: 'not_found', message: `No endpoint at ${path || '/'}: POST ${ROUTES.v2} (v2) or ${ROUTES.v1} (v1)` },
      };
    } else if (method !== 'POST') {
      result = {
        status: 405,
        auth: null,
        body: { code: 'method_not_allowed', message: `${method} is not supported: POST the request as JSON` },
      };
    } else if (tooLarge) {
      result = { status: 413, auth: null, body: { code: 'too_large', message: `The body is larger than ${MAX_BODY_BYTES} bytes` } };
    } else {
      result = api === 'v1' ? handleV1(endpoints, req.headers, text) : await handleV2(endpoints, req.headers, text);
    }
    answer(res, result.status, result.body);
    log.add({
      kind: 'request',
      method,
      path,
      headers: redactHeaders(req, result.auth),
      api,
      body: tooLarge ? '(too large)' : loggedBody(text),
      status: result.status,
      response: result.body ?? null,
    });
    if (result.accepted) {
      schedule(result.accepted);
      statuses.remember(result.accepted, loggedBody(text));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.add({ kind: 'note', message: `internal error: ${(error as Error).message}` });
      if (!res.headersSent) answer(res, 500, { code: '7006', message: 'Internal error occurred' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  log.add({ kind: 'note', message: `sandbox on ${url}` });

  return {
    url,
    port,
    log,
    close: async () => {
      poster.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
