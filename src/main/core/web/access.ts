import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'relaydesk_token';

/** A fresh 256-bit token per run, as Jupyter does, so only who saw the printed URL gets in. */
export function createToken(): string {
  return randomBytes(32).toString('hex');
}

export type AccessVerdict = { ok: true } | { ok: false; status: 403; reason: string };

/**
 * Browser mode is reachable by every page the user has open, so each request must prove it is
 * ours: the Host is our loopback address (no DNS rebinding), the Origin, when sent, is ours (no
 * cross-site WebSocket), and it carries the token (URL or the cookie set on first load).
 */
export function checkAccess(req: IncomingMessage, port: number, token: string): AccessVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host;
  if (!host || !allowedHosts.includes(host)) {
    return { ok: false, status: 403, reason: `Host ${host ?? '(none)'} is not allowed; use http://127.0.0.1:${port}/` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return { ok: false, status: 403, reason: `Origin ${origin} is not allowed` };
  }
  const presented = tokenFromRequest(req);
  if (!presented || !sameToken(presented, token)) {
    return { ok: false, status: 403, reason: 'Missing or wrong token: open the URL that `relaydesk serve` printed' };
  }
  return { ok: true };
}

function tokenFromRequest(req: IncomingMessage): string | undefined {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const cookies = req.headers.cookie ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
