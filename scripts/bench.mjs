/* eslint-disable no-console -- the benchmark runner reports on stdout */
// Runs every bench/*.bench.ts with tsx, one after another (output passed through), then prints a
// table of the results. A bench may print `BENCH_ROW {json}` lines (bench, metric, ours, baseline,
// ratio, target, ok) for the table; its exit code says whether it passed.
// Usage: npm run bench [-- name-filter ...]
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

function runBench(file) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', join(dir, file)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const rows = [];
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (!line.startsWith('BENCH_ROW ')) continue;
        try {
          rows.push(JSON.parse(line.slice('BENCH_ROW '.length)));
        } catch {
          // A malformed row is shown as missing, not fatal.
        }
      }
    });
    child.on('exit', (code) => resolve({ file, code: code ?? 1, rows }));
  });
}

const results = [];
for (const file of files) {
  console.log(`\n== ${file}`);
  results.push(await runBench(file));
}

/** A row's own verdict when it has one; a row that only reports a number (no target) has none. */
function rowResult(row, benchStatus) {
  if (row.ok === true) return 'PASS';
  if (row.ok === false) return 'FAIL';
  return row.target === undefined ? '' : benchStatus;
}

const table = [['bench', 'metric', 'relaydesk', 'baseline', 'ratio', 'target', 'result']];
for (const r of results) {
  const status = r.code === 0 ? 'PASS' : 'FAIL';
  if (r.rows.length === 0) table.push([r.file, '', '', '', '', '', status]);
  for (const row of r.rows) {
    table.push([
      row.bench ?? r.file,
      row.metric ?? '',
      String(row.ours ?? ''),
      String(row.baseline ?? ''),
      row.ratio === undefined ? '' : Number(row.ratio).toFixed(2),
      row.target === undefined ? '' : `>= ${row.target}`,
      rowResult(row, status),
    ]);
  }
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log('');
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
const failed = results.filter((r) => r.code !== 0).length;
console.log(`\nbenchmarks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
