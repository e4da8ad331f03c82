import type { Page } from '@playwright/test';

export interface Held {
  /** From now on, messages of that name wait here instead of reaching the page. */
  hold(): void;
  /** How many are held (a call asked and its answer not let through, or an event not delivered). */
  held(): number;
  /** Lets the held messages through (waiting for any answer the core has not given yet) and resolves once they reached the page. */
  release(): Promise<void>;
}

/** The name the specs written before events could be held use. */
export type HeldCalls = Held;

export interface SocketHolds {
  /** The core's answers to calls of that name. */
  call(name: string): Held;
  /** The core's pushed events of that name (`{ event, payload }` on the socket, e.g. 'profiles:changed'). */
  event(name: string): Held;
}

type Send = (text: string) => void;

interface CallHold extends Held {
  asked(id: number): void;
  /** Keeps the answer if it is to a held call; false lets it through. */
  keeps(id: number | undefined, text: string): boolean;
}

function callHold(send: Send): CallHold {
  let holding = false;
  const heldIds = new Set<number>();
  const answers = new Map<number, string>();
  let flush = () => {};
  const deliver = () => {
    if (holding) return;
    for (const [id, text] of answers) {
      answers.delete(id);
      heldIds.delete(id);
      send(text);
    }
    if (heldIds.size === 0) flush();
  };
  return {
    asked: (id) => void (holding && heldIds.add(id)),
    keeps: (id, text) => {
      if (id === undefined || !heldIds.has(id)) return false;
      answers.set(id, text);
      deliver();
      return true;
    },
    hold: () => void (holding = true),
    held: () => heldIds.size,
    release: async () => {
      holding = false;
      const done = new Promise<void>((resolve) => (flush = resolve));
      deliver();
      await done;
    },
  };
}

interface EventHold extends Held {
  keeps(text: string): boolean;
}

function eventHold(send: Send): EventHold {
  let holding = false;
  const kept: string[] = [];
  return {
    keeps: (text) => {
      if (holding) kept.push(text);
      return holding;
    },
    hold: () => void (holding = true),
    held: () => kept.length,
    release: async () => {
      holding = false;
      for (const text of kept.splice(0)) send(text);
    },
  };
}

/**
 * Stands between the page and the core's socket so that answers to calls, or pushed events, of one
 * name can be held back, as a slow core or network would deliver them: the core answers (or
 * pushes) at once, as things stood then, and a test acts before the page hears of it. One route
 * serves every hold of the page, so a test can hold a call and an event together. Install before
 * `page.goto`.
 */
export async function holdSocket(page: Page): Promise<SocketHolds> {
  const calls = new Map<string, CallHold>();
  const events = new Map<string, EventHold>();
  // The page's current socket (a reconnect replaces it): held messages go to the one open now.
  let toPage: Send = () => {};
  const send: Send = (text) => toPage(text);
  await page.routeWebSocket(/\/socket/, (ws) => {
    const server = ws.connectToServer();
    toPage = (text) => ws.send(text);
    ws.onMessage((message) => {
      const request = JSON.parse(String(message)) as { id: number; call: string };
      calls.get(request.call)?.asked(request.id);
      server.send(message);
    });
    server.onMessage((message) => {
      const text = String(message);
      const parsed = JSON.parse(text) as { id?: number; event?: string };
      const kept =
        parsed.event !== undefined
          ? (events.get(parsed.event)?.keeps(text) ?? false)
          : [...calls.values()].some((hold) => hold.keeps(parsed.id, text));
      if (!kept) ws.send(text);
    });
  });
  const named =
    <T>(map: Map<string, T>, make: (send: Send) => T) =>
    (name: string) => {
      if (!map.has(name)) map.set(name, make(send));
      return map.get(name)!;
    };
  return { call: named(calls, callHold), event: named(events, eventHold) };
}

/** Holds the answers to calls of one name (see `holdSocket`). Install before `page.goto`. */
export async function holdCalls(page: Page, call: string): Promise<Held> {
  return (await holdSocket(page)).call(call);
}

/** Holds the core's pushed events of one name (see `holdSocket`). Install before `page.goto`. */
export async function holdEvents(page: Page, event: string): Promise<Held> {
  return (await holdSocket(page)).event(event);
}
