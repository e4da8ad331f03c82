import type { z } from 'zod';
import type { ContractErrorShape } from './errors';
import { appCalls, appEvents } from './contract/app';
import { composeCalls, composeEvents } from './contract/compose';
import { inboundCalls, inboundEvents } from './contract/inbound';
import { outboundCalls, outboundEvents } from './contract/outbound';
import { profilesCalls, profilesEvents } from './contract/profiles';
import { rcsCalls, rcsEvents } from './contract/rcs';
import { sandboxCalls, sandboxEvents } from './contract/sandbox';

/**
 * Every call the renderer can make: name -> { input, output } zod schemas.
 * The only bridge between renderer and core; each area writes its calls in contract/<area>.ts.
 */
export const calls = {
  ...appCalls,
  ...profilesCalls,
  ...outboundCalls,
  ...inboundCalls,
  ...composeCalls,
  ...rcsCalls,
  ...sandboxCalls,
} as const;

/** Every event the core pushes to the renderer: name -> payload schema. */
export const events = {
  ...appEvents,
  ...profilesEvents,
  ...outboundEvents,
  ...inboundEvents,
  ...composeEvents,
  ...rcsEvents,
  ...sandboxEvents,
} as const;

export type Calls = typeof calls;
export type Events = typeof events;
export type CallName = keyof Calls;
export type EventName = keyof Events;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

export type Unsubscribe = () => void;

/** What the renderer holds: one method per call, plus `on` for events. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> } & {
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => Unsubscribe;
};

/** A call's answer as it crosses a bridge: errors travel as data, since Error objects lose fields. */
export type Reply<T> = { ok: true; output: T } | { ok: false; error: ContractErrorShape };

/** What a bridge (preload or WebSocket client) exposes: one method per call, answers as Reply. */
export type Bridge = {
  [K in CallName]: (input: CallInput<K>) => Promise<Reply<CallOutput<K>>>;
} & {
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => Unsubscribe;
};

/** What the core implements: one handler per call, given parsed input. */
export type Handlers = {
  [K in CallName]: (input: z.output<Calls[K]['input']>) => Promise<z.input<Calls[K]['output']>> | z.input<Calls[K]['output']>;
};

/** Channel names used by the Electron bridge. */
export const IPC_EVENT_CHANNEL = 'relaydesk:event';
export const ipcChannel = (name: CallName): string => `relaydesk:call:${name}`;

type AnyListener = (payload: unknown) => void;

/**
 * Builds a Bridge from one transport function, so the preload and the WebSocket client expose
 * exactly the contract's names and nothing else. `emit` feeds incoming events to `on` listeners.
 */
export function buildBridge(send: (name: CallName, input: unknown) => Promise<Reply<unknown>>): {
  bridge: Bridge;
  emit: (event: unknown, payload: unknown) => void;
} {
  const listeners = new Map<EventName, Set<AnyListener>>();
  const bridge: Record<string, unknown> = {};
  for (const name of callNames) bridge[name] = (input: unknown) => send(name, input);
  bridge.on = (event: EventName, listener: AnyListener) => {
    const set = listeners.get(event) ?? new Set<AnyListener>();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  };
  const emit = (event: unknown, payload: unknown): void => {
    if (!isEventName(event)) return;
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return { bridge: bridge as Bridge, emit };
}
