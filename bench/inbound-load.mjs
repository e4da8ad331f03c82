// One autocannon run for bench/inbound.bench.ts, in its own process (so the load generator gets
// its own event loop): posts seed payloads, each with a fresh id, and prints the result as JSON.
// Usage: node bench/inbound-load.mjs URL CONNECTIONS SECONDS
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [url, connections, seconds] = process.argv.slice(2);
const seeds = JSON.parse(readFileSync(new URL('../tests/unit/fixtures/inbound-seed-payloads.json', import.meta.url), 'utf8'));
const templates = [...seeds.imiconnectMo, ...seeds.rcs, ...seeds.leadconnector];
let n = 0;

/** A seed payload made unique (tid / messageId), so dedupe never short-cuts the write. */
function uniquePayload() {
  const body = { ...templates[n % templates.length] };
  const unique = `bench-${process.pid}-${n++}`;
  if ('tid' in body) body.tid = unique;
  if ('messageId' in body) body.messageId = unique;
  if (!('tid' in body) && !('messageId' in body)) body.messageId = unique;
  return JSON.stringify(body);
}

const result = await autocannon({
  url: `${url}/webhooks`,
  connections: Number(connections),
  duration: Number(seconds),
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  requests: [{ setupRequest: (request) => ({ ...request, body: uniquePayload() }) }],
});
process.stdout.write(
  JSON.stringify({ rps: result.requests.average, p99: result.latency.p99, failures: result.non2xx + result.errors }) + '\n',
);
