import { createCore } from '../../core';
import { startWebServer } from '../../core/web/server';
import { writeLine, type Command } from '../command';
import { parseFlag, PortFlag } from '../flags';
import { rendererDir } from '../renderer-dir';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Open the console in a browser (browser mode) on 127.0.0.1',
  usage: 'relaydesk serve [--port N] [--listen-port N] [--data-dir DIR]',
  options: {
    port: { type: 'string' },
    'listen-port': { type: 'string' },
  },
  async run({ values, dataDir, io, stopSignal }) {
    const port = parseFlag('port', PortFlag, values.port ?? '0');
    const listenPort = values['listen-port'] === undefined ? undefined : parseFlag('listen-port', PortFlag, values['listen-port']);
    const staticDir = rendererDir();
    const core = await createCore({ dataDir, shell: 'browser', listenPort });
    const web = await startWebServer({ dispatch: core.dispatch, events: core.events, staticDir, port, log: core.context.log });
    const status = core.context.status.get();
    if (status.listener.url) writeLine(io.stdout, `listening on ${status.listener.url}`);
    writeLine(io.stdout, `console on ${web.url}`);
    await stopSignal;
    await web.close();
    await core.close();
    return 0;
  },
};
