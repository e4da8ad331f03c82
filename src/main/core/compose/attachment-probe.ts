import { ATTACHMENT_PROBE_TIMEOUT_MS } from '../../../shared/compose/attachment-sizes';
import type { AttachmentProbe } from '../../../shared/compose/model';
import { networkFailureWords } from '../network-words';

/**
 * Asks each attachment URL for its size (HEAD, Content-Length) so the preview can check the 10 MB
 * attachment limit: the request itself carries only URLs. Never downloads the files.
 */
export async function probeAttachments(urls: readonly string[], timeoutMs = ATTACHMENT_PROBE_TIMEOUT_MS): Promise<AttachmentProbe[]> {
  return Promise.all(urls.map((url) => probeOne(url, timeoutMs)));
}

async function probeOne(url: string, timeoutMs: number): Promise<AttachmentProbe> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, bytes: null, mimeType: null, error: 'not a URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { url, bytes: null, mimeType: null, error: `only http(s) URLs can be checked (got ${parsed.protocol})` };
  }
  try {
    const response = await fetch(parsed, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return { url, bytes: null, mimeType: null, error: `the server answered ${response.status}` };
    const length = response.headers.get('content-length');
    const bytes = length !== null && /^\d+$/.test(length) ? Number(length) : null;
    return {
      url,
      bytes,
      mimeType: response.headers.get('content-type')?.split(';')[0]?.trim() ?? null,
      error: bytes === null ? 'the server did not say how large the file is' : null,
    };
  } catch (error) {
    const name = (error as Error).name;
    return {
      url,
      bytes: null,
      mimeType: null,
      error: name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `unreachable (${networkFailureWords(error)})`,
    };
  }
}
