import { buildBridge, type Bridge, type Reply } from '../../shared/contract';
import { ErrorCodes } from '../../shared/errors';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../shared/limits';

type Pending = { resolve: (reply: Reply<unknown>) => void };

/**
 * Browser mode's bridge: the same contract names over one WebSocket to core/web. The token
 * cookie set when the page loaded authenticates the socket; reconnects after a drop.
 */
export function createSocketBridge(onConnectionChange: (connected: boolean) => void): Bridge {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let socket: WebSocket | undefined;
  let opened: Promise<WebSocket> | undefined;
  let retryMs = 250;
  // eslint-disable-next-line prefer-const -- assigned once the bridge exists, used by handle()
  let emit: (event: unknown, payload: unknown) => void;

  function connect(): Promise<WebSocket> {
    if (opened) return opened;
    opened = new Promise((resolve) => {
      const token = new URLSearchParams(location.search).get('token');
      const url = new URL('/socket', location.href);
      url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
      if (token) url.searchParams.set('token', token);
      const ws = new WebSocket(url);
      ws.onopen = () => {
        socket = ws;
        retryMs = 250;
        onConnectionChange(true);
        resolve(ws);
      };
      ws.onmessage = (message) => handle(String(message.data));
      ws.onclose = () => {
        socket = undefined;
        opened = undefined;
        onConnectionChange(false);
        for (const [id, entry] of pending) {
          entry.resolve({ ok: false, error: { code: 'unavailable', message: 'Lost the connection to Relaydesk; retrying.' } });
          pending.delete(id);
        }
        setTimeout(() => void connect(), retryMs);
        retryMs = Math.min(retryMs * 2, 5000);
      };
    });
    return opened;
  }

  function handle(text: string): void {
    let message: { id?: number; event?: unknown; payload?: unknown } & Partial<Reply<unknown>>;
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (message.event !== undefined) {
      emit(message.event, message.payload);
      return;
    }
    if (typeof message.id === 'number') {
      const entry = pending.get(message.id);
      pending.delete(message.id);
      entry?.resolve(message as Reply<unknown>);
    }
  }

  async function call(name: string, input: unknown): Promise<Reply<unknown>> {
    const ws = socket ?? (await connect());
    const id = nextId++;
    const message = JSON.stringify({ id, call: name, input });
    // The core closes a socket whose message passes the limit (1009), which would fail every
    // call in flight with "lost the connection": refuse the one call, in words, before sending.
    const tooLarge = oversizeError(message);
    if (tooLarge) return tooLarge;
    return new Promise((resolve) => {
      pending.set(id, { resolve });
      ws.send(message);
    });
  }

  const built = buildBridge(call);
  emit = built.emit;
  void connect();
  return built.bridge;
}

const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

function oversizeError(message: string): Reply<unknown> | null {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only a message that might be too large is encoded.
  if (message.length * 3 <= MAX_SOCKET_MESSAGE_BYTES) return null;
  const bytes = new TextEncoder().encode(message).length;
  if (bytes <= MAX_SOCKET_MESSAGE_BYTES) return null;
  return {
    ok: false,
    error: {
      code: ErrorCodes.invalidInput,
      message:
        `This is ${mib(bytes)}, more than the ${mib(MAX_SOCKET_MESSAGE_BYTES)} one call can carry in browser mode. ` +
        'Nothing was sent: split it into smaller parts (for example, import the templates in smaller files).',
    },
  };
}
