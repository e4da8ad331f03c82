import { createCore } from '../../core';
import { startWebServer } from '../../core/web/server';
import { CliError, writeLine, type Command } from '../command';
import { parseFlag, PortFlag } from '../flags';
import { rendererDir } from '../renderer-dir';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Open the console in a browser (browser mode) on 127.0.0.1',
  usage: 'relaydesk serve [--port N] [--listen-port N]',
  options: {
    port: { type: 'string' },
    'listen-port': { type: 'string' },
  },
  async run({ values, dataDir, io, stopSignal }) {
    const port = parseFlag('port', PortFlag, values.port ?? '0');
    const listenPort = values['listen-port'] === undefined ? undefined : parseFlag('listen-port', PortFlag, values['listen-port']);
    const staticDir = rendererDir();
    const core = await createCore({ dataDir, shell: 'browser', listenPort });
    let web;
    try {
      web = await startWebServer({ dispatch: core.dispatch, events: core.events, staticDir, port, log: core.context.log });
    } catch (error) {
      // Closed, so the next start finds a clean shutdown on record (no full database check).
      await core.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
        throw new CliError(`--port: ${port} is already in use; pick another or 0 for a free one`);
      throw error;
    }
    const status = core.context.status.get();
    if (status.listener.url) writeLine(io.stdout, `listening on ${status.listener.url}`);
    writeLine(io.stdout, `console on ${web.url}`);
    await stopSignal;
    await web.close();
    await core.close();
    return 0;
  },
};
