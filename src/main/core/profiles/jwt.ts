import { SignJWT } from 'jose';

/**
 * Signs the API's JWT: HS256, `iss` = service ID, `iat` = now in seconds, keyed with the
 * base64-DECODED service secret (seed 001). Minted per request, so it never nears the server's
 * 60-minute expiry; the token is only ever put in a header, never stored or logged.
 */
export async function mintServiceJwt(serviceId: string, base64Secret: string, now: Date = new Date()): Promise<string> {
  const key = new Uint8Array(Buffer.from(base64Secret, 'base64'));
  if (key.length === 0) throw new Error('the JWT service secret decodes to nothing');
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(serviceId)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .sign(key);
}
