import type { RejectedRequest } from '../../../shared/inbound/event';
import { createCore } from '../../core';
import { CliError, writeLine, type Command } from '../command';
import { parseFlag } from '../flags';
import { LimitFlag } from './inbound';
import { summarizeRejected } from '../../../shared/inbound/summary';

export const rejectedCommand: Command = {
  name: 'rejected',
  summary: 'Print the webhook requests the listener refused, and why',
  usage: 'relaydesk rejected [--json] [--limit N]',
  options: {
    json: { type: 'boolean' },
    limit: { type: 'string' },
  },
  async run({ values, dataDir, io }) {
    const limit = parseFlag('limit', LimitFlag, values.limit ?? '50');
    const core = await createCore({ dataDir, startServices: false });
    try {
      const reply = await core.dispatch('inbound:rejected', { limit });
      if (!reply.ok) throw new CliError(reply.error.message);
      const rows = [...(reply.output as { rejected: RejectedRequest[] }).rejected].reverse();
      if (values.json) for (const row of rows) writeLine(io.stdout, JSON.stringify(row));
      else if (rows.length === 0) writeLine(io.stdout, 'Nothing was rejected.');
      else for (const row of rows) writeLine(io.stdout, summarizeRejected(row));
      return 0;
    } finally {
      await core.close();
    }
  },
};
