import type { EventName, EventPayload } from '../../shared/contract';
import { events } from '../../shared/contract';

type Listener = (name: EventName, payload: unknown) => void;

/**
 * Fan-out of contract events to every attached bridge (Electron window, browser sockets, tests).
 * Payloads are parsed on the way out so a bridge never sees a shape the contract does not declare.
 */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    // Nothing crosses a boundary without a subscriber (e.g. `relaydesk listen`), so nothing to check.
    if (!this.hasSubscribers) return;
    const parsed = events[name].parse(payload);
    for (const listener of this.listeners) listener(name, parsed);
  }

  /** False when no bridge listens: producers may skip building payloads nobody receives. */
  get hasSubscribers(): boolean {
    return this.listeners.size > 0;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
