import type { Page } from '@playwright/test';

export interface HeldCalls {
  /** From now on, the core's answers to calls of that name wait here instead of reaching the page. */
  hold(): void;
  /** How many calls are held (asked, their answer not let through). */
  held(): number;
  /** Lets the held answers through (waiting for any the core has not given yet) and resolves once they reached the page. */
  release(): Promise<void>;
}

/**
 * Stands between the page and the core's socket so that the answers to calls of one name can be
 * held back, as a slow core or network would deliver them: the core answers at once, as things
 * stood then, and a test acts before the page hears of it. Install before `page.goto`.
 */
export async function holdCalls(page: Page, call: string): Promise<HeldCalls> {
  let holding = false;
  const heldIds = new Set<number>();
  const answers = new Map<number, string>();
  let flush = () => {};
  let flushHeld = () => {};
  await page.routeWebSocket(/\/socket/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const request = JSON.parse(String(message)) as { id: number; call: string };
      if (holding && request.call === call) heldIds.add(request.id);
      server.send(message);
    });
    const deliver = () => {
      if (holding) return;
      for (const [id, text] of answers) {
        answers.delete(id);
        heldIds.delete(id);
        ws.send(text);
      }
      if (heldIds.size === 0) flush();
    };
    server.onMessage((message) => {
      const id = (JSON.parse(String(message)) as { id?: number }).id;
      if (id === undefined || !heldIds.has(id)) return void ws.send(message);
      answers.set(id, String(message));
      deliver();
    });
    flushHeld = deliver;
  });
  return {
    hold: () => void (holding = true),
    held: () => heldIds.size,
    release: async () => {
      holding = false;
      const done = new Promise<void>((resolve) => (flush = resolve));
      flushHeld();
      await done;
    },
  };
}
