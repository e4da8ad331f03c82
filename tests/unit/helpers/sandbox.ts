import { SignJWT } from 'jose';
import { afterEach } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/main/core/sandbox/server';

const open: Sandbox[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/** A real sandbox on 127.0.0.1 with fast receipts and retries, closed after the test. */
export async function testSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({ receiptDelayMs: 20, retryDelaysMs: [30, 30], ...options });
  open.push(sandbox);
  return sandbox;
}

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/** An HS256 JWT as the vendor describes it: iss = service id, iat = now, signed with `secret` bytes. */
export function jwt(serviceId: string, secret: Uint8Array, claims: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(serviceId).setIssuedAt().sign(secret);
}

export function decoded(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
