import { z } from 'zod';
import { InboundChannel, InboundKind } from '../../../shared/inbound/event';
import { ReceiptState } from '../../../shared/inbound/receipt-state';
import { INBOUND_PAGE_MAX } from '../../../shared/limits/inbound';
import { createCore } from '../../core';
import { CliError, writeLine, type Command } from '../command';
import { parseFlag } from '../flags';
import { summarizeEvent } from '../../../shared/inbound/summary';

export const LimitFlag = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(INBOUND_PAGE_MAX, `must be at most ${INBOUND_PAGE_MAX}`);

/** The feed's status filter: one delivery state or several, comma-separated (`failed,unknown`). */
export const StatusFlag = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim().toLowerCase()))
  .pipe(z.array(ReceiptState).min(1));

export const inboundCommand: Command = {
  name: 'inbound',
  summary: 'Print stored inbound events (replies, receipts), oldest of the latest N first',
  usage: `relaydesk inbound [--json] [--limit N] [--channel C] [--kind K] [--status ${ReceiptState.options.join('|')}[,...]] [--search TEXT]`,
  options: {
    json: { type: 'boolean' },
    limit: { type: 'string' },
    channel: { type: 'string' },
    kind: { type: 'string' },
    status: { type: 'string' },
    search: { type: 'string' },
  },
  async run({ values, dataDir, io }) {
    const limit = parseFlag('limit', LimitFlag, values.limit ?? '50');
    const channel = values.channel === undefined ? undefined : parseFlag('channel', InboundChannel, values.channel);
    const kind = values.kind === undefined ? undefined : parseFlag('kind', InboundKind, values.kind);
    const status = values.status === undefined ? undefined : parseFlag('status', StatusFlag, values.status);
    const search = values.search === undefined ? undefined : parseFlag('search', z.string().min(1, 'must not be empty'), values.search);
    const core = await createCore({ dataDir, startServices: false });
    try {
      const filters = {
        ...(channel ? { channel: [channel] } : {}),
        ...(kind ? { kind: [kind] } : {}),
        ...(status ? { status } : {}),
        ...(search ? { search } : {}),
      };
      const reply = await core.dispatch('inbound:query', { filters, limit });
      if (!reply.ok) throw new CliError(reply.error.message);
      const page = reply.output as { events: { id: string }[] };
      const rows = [...page.events].reverse();
      if (values.json) {
        for (const row of rows) {
          const full = await core.dispatch('inbound:get', { id: row.id });
          if (full.ok) writeLine(io.stdout, JSON.stringify(full.output));
        }
      } else if (rows.length === 0) {
        writeLine(io.stdout, 'No inbound events match. Point a webhook at `relaydesk listen` or add a poll source.');
      } else {
        for (const row of rows) writeLine(io.stdout, summarizeEvent(row as Parameters<typeof summarizeEvent>[0]));
      }
      return 0;
    } finally {
      await core.close();
    }
  },
};
