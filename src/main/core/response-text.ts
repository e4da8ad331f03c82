// Reading a response from a URL the user chose (a poll source, a replay target, a profile's base
// URL): what arrives can be anything, so no more than a bound is ever held in memory.

async function readUpTo(response: Response, maxBytes: number): Promise<{ text: string; over: boolean }> {
  if (!response.body) return { text: '', over: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: Buffer.concat(chunks).toString('utf8'), over: false };
    chunks.push(value);
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return { text: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8'), over: true };
    }
  }
}

/** The whole text, or an error once more than `maxBytes` has arrived (the rest is not read). */
export async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const { text, over } = await readUpTo(response, maxBytes);
  if (over) throw new Error(`response larger than ${Math.round(maxBytes / 1048576)} MiB; ask the source for smaller pages`);
  return text;
}

/** The first `maxBytes` of the text, for showing; the rest is not read. */
export async function readPreview(response: Response, maxBytes: number): Promise<string> {
  return (await readUpTo(response, maxBytes)).text;
}
