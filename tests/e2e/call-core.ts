import type { Page } from '@playwright/test';

/** Calls the contract over a second socket with the page's token, as the renderer does. */
export function callCore<T>(page: Page, call: string, input: unknown): Promise<{ ok: boolean; output?: T }> {
  return page.evaluate(
    async ({ call, input }) => {
      const url = new URL('/socket', location.href);
      url.protocol = 'ws:';
      url.searchParams.set('token', new URLSearchParams(location.search).get('token') ?? '');
      const ws = new WebSocket(url);
      await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
      const reply = new Promise<{ ok: boolean; output?: T }>((resolve) =>
        ws.addEventListener('message', (event) => {
          const data = JSON.parse(String(event.data)) as { id?: number; ok: boolean; output?: T };
          if (data.id === 1) resolve(data);
        }),
      );
      ws.send(JSON.stringify({ id: 1, call, input }));
      const answer = await reply;
      ws.close();
      return answer;
    },
    { call, input },
  );
}
