import http from 'node:http';
import https from 'node:https';
import { MAX_API_ANSWER_BYTES } from '../../../shared/limits/transport';

/** How long one request may take before we stop waiting for its answer. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface HttpAnswer {
  status: number;
  /** Parsed JSON, or the text when the body is not JSON, or null when empty. */
  body: unknown;
}

/**
 * A failed POST. `delivered: false` means the request provably never reached the server (it
 * failed before the connection was up), so sending it again cannot duplicate it. Anything after
 * that (reset mid-answer, timeout) may have been delivered.
 */
export class PostError extends Error {
  constructor(
    message: string,
    readonly delivered: 'no' | 'maybe',
    readonly timedOut: boolean,
    /** The system's error code (ECONNREFUSED, ENOTFOUND…), when there is one. */
    readonly code?: string,
    /** The host answered with more than MAX_API_ANSWER_BYTES: it is not the messaging API (a wrong base URL). */
    readonly answerTooLarge = false,
  ) {
    super(message);
    this.name = 'PostError';
  }
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

/** POSTs JSON with keep-alive. Headers carry credentials: they are never logged here or above. */
export function postJson(
  url: string,
  headers: Record<string, string>,
  payload: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<HttpAnswer> {
  return requestJson('POST', url, headers, payload, timeoutMs);
}

/** GETs JSON the same way (a status check): same agents, bound on the answer and timeout. */
export function getJson(url: string, headers: Record<string, string>, timeoutMs = REQUEST_TIMEOUT_MS): Promise<HttpAnswer> {
  return requestJson('GET', url, headers, null, timeoutMs);
}

function requestJson(
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  payload: string | null,
  timeoutMs: number,
): Promise<HttpAnswer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const client = secure ? https : http;
  return new Promise((resolve, reject) => {
    let connected = false;
    let settled = false;
    const fail = (error: PostError): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const request = client.request(
      target,
      {
        method,
        agent: secure ? agents.https : agents.http,
        headers: {
          ...headers,
          accept: 'application/json',
          ...(payload === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes <= MAX_API_ANSWER_BYTES) return void chunks.push(chunk);
          request.destroy();
          // The request was sent: the server may have acted on it.
          fail(
            new PostError(
              `the answer is larger than ${MAX_API_ANSWER_BYTES / 1048576} MiB, so this is not the messaging API (check the profile's base URL)`,
              'maybe',
              false,
              undefined,
              true,
            ),
          );
        });
        response.on('error', (error) => fail(new PostError(error.message, 'maybe', false)));
        response.on('end', () => {
          if (settled) return;
          settled = true;
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = null;
          if (text.length > 0) {
            try {
              body = JSON.parse(text) as unknown;
            } catch {
              body = text;
            }
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.setTimeout(timeoutMs, () => {
      request.destroy();
      fail(new PostError(`no answer within ${Math.round(timeoutMs / 1000)} s`, connected ? 'maybe' : 'no', true));
    });
    request.on('socket', (socket) => {
      // A reused keep-alive socket is already connected; a new one reports 'connect' (or 'secureConnect').
      if (!socket.connecting) connected = true;
      else socket.once(secure ? 'secureConnect' : 'connect', () => (connected = true));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ? `${error.code}: ` : '';
      fail(new PostError(`${code}${error.message}`, connected ? 'maybe' : 'no', false, error.code));
    });
    request.end(payload ?? undefined);
  });
}
