import type { Page } from '@playwright/test';

export interface HeldCalls {
  /** From now on, calls of that name wait here instead of reaching the core. */
  hold(): void;
  /** How many calls are waiting. */
  held(): number;
  /** Lets the waiting calls through and resolves once the core's first answer to them reached the page. */
  release(): Promise<void>;
}

/**
 * Stands between the page and the core's socket so that calls of one name can be held back, as a
 * slow core would answer them: a test can then act while the answer is on its way. Install before
 * `page.goto`.
 */
export async function holdCalls(page: Page, call: string): Promise<HeldCalls> {
  let holding = false;
  const waiting: string[] = [];
  const heldIds = new Set<number>();
  let answered = () => {};
  let sendWaiting = () => {};
  await page.routeWebSocket(/\/socket/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const request = JSON.parse(String(message)) as { id: number; call: string };
      if (!holding || request.call !== call) return void server.send(message);
      waiting.push(String(message));
      heldIds.add(request.id);
    });
    server.onMessage((message) => {
      ws.send(message);
      if (heldIds.has((JSON.parse(String(message)) as { id?: number }).id ?? -1)) answered();
    });
    sendWaiting = () => {
      for (const text of waiting.splice(0)) server.send(text);
    };
  });
  return {
    hold: () => void (holding = true),
    held: () => waiting.length,
    release: async () => {
      holding = false;
      const done = new Promise<void>((resolve) => (answered = resolve));
      sendWaiting();
      await done;
    },
  };
}
