import { buildBridge, type Bridge, type Reply } from '../../shared/contract';

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
    return new Promise((resolve) => {
      pending.set(id, { resolve });
      ws.send(JSON.stringify({ id, call: name, input }));
    });
  }

  const built = buildBridge(call);
  emit = built.emit;
  void connect();
  return built.bridge;
}
