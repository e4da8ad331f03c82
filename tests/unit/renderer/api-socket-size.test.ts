import { describe, expect, it } from 'vitest';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../../src/shared/limits';

// Browser mode's socket client against a stand-in WebSocket that records what would go on the wire
// and answers each call. The core closes a socket whose message is over the limit, which failed every
// call in flight; a too-large call must be refused on its own, in words, before anything is sent.

const sent: string[] = [];

class StandInSocket {
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor() {
    setTimeout(() => this.onopen?.(), 0);
  }
  send(text: string): void {
    sent.push(text);
    const { id } = JSON.parse(text) as { id: number };
    setTimeout(() => this.onmessage?.({ data: JSON.stringify({ id, ok: true, output: { imported: 1 } }) }), 0);
  }
}

Object.assign(globalThis, {
  WebSocket: StandInSocket,
  location: new URL('http://127.0.0.1:5173/?token=t'),
});
const { createSocketBridge } = await import('../../../src/renderer/src/api-socket');

describe('browser-mode socket: calls too large to carry', () => {
  it('refuses a call over the socket limit with a clear error and sends nothing; smaller calls go through', async () => {
    const bridge = createSocketBridge(() => {});
    // Multi-byte characters: the limit is on UTF-8 bytes, not on string length.
    const json = 'é'.repeat(MAX_SOCKET_MESSAGE_BYTES / 2 + 10);
    const refused = await bridge['templates:import']({ json });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/16\.0 MiB.*Nothing was sent/) } });
    expect(sent).toHaveLength(0);

    const accepted = await bridge['templates:import']({ json: '[]' });
    expect(accepted.ok).toBe(true);
    expect(sent).toHaveLength(1);
  });
});
