// A failure before any answer, in a few words a user can act on ("connection refused", "host name
// not found"), from the system's error code: Node's http client puts it on the error, fetch
// (undici) on the error's `cause`, under a bare "fetch failed".

const WORDS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name not found',
  ECONNRESET: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

type WithCode = { code?: unknown; message?: unknown; cause?: unknown };

export function networkFailureWords(error: unknown): string {
  const outer = (typeof error === 'object' && error !== null ? error : {}) as WithCode;
  const cause = (typeof outer.cause === 'object' && outer.cause !== null ? outer.cause : {}) as WithCode;
  const code = [outer.code, cause.code].find((c): c is string => typeof c === 'string' && c !== '');
  if (code !== undefined)
    return WORDS[code] ?? (code.startsWith('ERR_TLS') || code.includes('CERT') ? `TLS certificate refused (${code})` : code);
  const message = typeof cause.message === 'string' ? cause.message : typeof outer.message === 'string' ? outer.message : String(error);
  return message;
}
