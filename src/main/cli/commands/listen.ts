import { z } from 'zod';
import type { InboundEventRow } from '../../../shared/inbound/event';
import { createCore } from '../../core';
import { createInboundArea } from '../../core/inbound/area';
import { CliError, writeLine, type Command } from '../command';
import { parseFlag, PortFlag } from '../flags';
import { summarizeEvent } from '../../../shared/inbound/summary';

const HostFlag = z.string().min(1, 'must not be empty').max(253);

export const listenCommand: Command = {
  name: 'listen',
  summary: 'Run the webhook listener alone: store every IMIconnect / LeadConnector webhook, print each',
  usage: 'relaydesk listen [--host H] [--port N] [--power-safe] [--quiet]',
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    'power-safe': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
  async run({ values, dataDir, io, stopSignal }) {
    const listenHost = values.host === undefined ? undefined : parseFlag('host', HostFlag, values.host);
    const listenPort = values.port === undefined ? undefined : parseFlag('port', PortFlag, values.port);
    // --power-safe: fsync before every 200 for this run (otherwise the setting in Settings applies).
    const ackDurability = values['power-safe'] ? 'power-safe' : undefined;
    const core = await createCore({ dataDir, startServices: false, listenHost, listenPort, ackDurability });
    // Only the inbound area runs: no sandbox, no outbox worker.
    const inbound = createInboundArea(core.context);
    await inbound.start!();
    const listener = inbound.listener();
    if (!listener) {
      const error = core.context.status.get().listener.error ?? 'the listener did not start';
      await inbound.stop!();
      await core.close();
      throw new CliError(error);
    }
    const unsubscribe = values.quiet
      ? () => {}
      : core.events.subscribe((name, payload) => {
          if (name === 'inbound:received') {
            for (const event of (payload as { events: InboundEventRow[] }).events) writeLine(io.stdout, summarizeEvent(event));
          } else if (name === 'inbound:rejected') {
            for (const r of (payload as { rejected: { httpStatus: number; reason: string }[] }).rejected) {
              writeLine(io.stdout, `rejected ${r.httpStatus}: ${r.reason}`);
            }
          }
        });
    writeLine(io.stdout, `listening on ${listener.url}`);
    await stopSignal;
    unsubscribe();
    await inbound.stop!();
    await core.close();
    return 0;
  },
};
