import { callNames, type Api, type Bridge } from '../../shared/contract';
import { createSocketBridge } from './api-socket';
import { ApiError } from './api-errors';
import { useConnectionStore } from './features/shell/connection-store';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    relaydesk?: Bridge;
  }
}

/** Turns a bridge's Reply values into resolved outputs or thrown ApiErrors. */
function unwrap(bridge: Bridge): Api {
  const methods = Object.fromEntries(
    callNames.map((name) => [
      name,
      async (input: unknown) => {
        const reply = await (bridge[name] as (i: unknown) => Promise<{ ok: boolean; output?: unknown; error?: never }>)(input);
        if (reply.ok) return reply.output;
        throw new ApiError(reply.error!);
      },
    ]),
  );
  return { ...methods, on: bridge.on } as Api;
}

const bridge: Bridge = window.relaydesk ?? createSocketBridge((connected) => useConnectionStore.getState().setConnected(connected));

/** The one object the renderer talks to the core through, typed from the contract. */
export const api: Api = unwrap(bridge);
export const isDesktop = window.relaydesk !== undefined;
