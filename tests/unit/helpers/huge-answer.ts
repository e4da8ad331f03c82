import type { ServerResponse } from 'node:http';

/**
 * Answers with `mebibytes` MiB of `fill`, written only as fast as the client reads, so a client
 * that stops reading early can be seen: `closedEarly()` is true once the connection closed
 * before everything was written.
 */
export function hugeAnswer(mebibytes: number, fill: string): { send: (res: ServerResponse) => void; closedEarly: () => boolean } {
  const chunk = Buffer.alloc(1024 * 1024, fill);
  let sent = 0;
  let closedEarly = false;
  const send = (res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const pump = (): void => {
      while (sent < mebibytes) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (closedEarly = sent < mebibytes));
    pump();
  };
  return { send, closedEarly: () => closedEarly };
}
