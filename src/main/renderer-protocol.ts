import { readStatic } from './core/web/static-files';

// The desktop window loads the renderer from app://relaydesk/, not file://. A file:// page's
// origin is the whole file system ("null"), so a relative URL or a redirect could reach any
// local file, and 'self' in the CSP means nothing precise. Our own scheme has one origin and
// serves only the files of the built renderer (readStatic refuses anything outside it).
// Electron wiring (registerSchemesAsPrivileged before ready, protocol.handle) is in index.ts.

export const APP_SCHEME = 'app';
const APP_HOST = 'relaydesk';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Same as the meta tag in index.html, sent as a header too so no page of ours goes without it. */
export const DESKTOP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; media-src https:; " +
  "connect-src 'self'; frame-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The app's own pages: the dev server in development, app://relaydesk/ otherwise. */
export function appUrlChecker(devServerUrl: string | undefined): (url: string) => boolean {
  return (raw) => {
    try {
      const url = new URL(raw);
      if (devServerUrl) return url.origin === new URL(devServerUrl).origin;
      // A non-special scheme's origin reads "null" to Node's URL, so compare its parts.
      return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '' && url.port === '';
    } catch {
      return false;
    }
  };
}

/** The answer to one app:// request: a file of the built renderer, or a 404. */
export async function rendererResponse(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  if (!appUrlChecker(undefined)(request.url)) return notFound();
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new Response('Only GET here', { status: 405, headers: { Allow: 'GET, HEAD' } });
  const file = await readStatic(rendererDir, new URL(request.url).pathname);
  if (!file) return notFound();
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': DESKTOP_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
