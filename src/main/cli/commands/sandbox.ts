import { z } from 'zod';
import { SANDBOX_JWT_SECRET, SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../../shared/sandbox';
import { startSandbox, type SandboxCredential } from '../../core/sandbox/server';
import { CliError, writeLine, type Command } from '../command';
import { parseFlag, PortFlag } from '../flags';

const CountFlag = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more');
const TextFlag = z.string().trim().min(1, 'must not be empty');
const Base64Flag = TextFlag.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64 (the service secret as the vendor shows it)');
const UrlFlag = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: 'Run the built-in sandbox (v1 and v2 messaging APIs) on 127.0.0.1',
  usage:
    'relaydesk sandbox [--port N] [--tps N] [--receipt-delay MS] [--notify-url URL] [--replies-url URL] [--log-file FILE] ' +
    '[--service-key K --jwt-secret S --service-id ID]',
  options: {
    port: { type: 'string' },
    tps: { type: 'string' },
    'receipt-delay': { type: 'string' },
    'replies-url': { type: 'string' },
    'notify-url': { type: 'string' },
    'log-file': { type: 'string' },
    'service-key': { type: 'string' },
    'jwt-secret': { type: 'string' },
    'service-id': { type: 'string' },
  },
  async run({ values, io, stopSignal }) {
    const port = parseFlag('port', PortFlag, values.port ?? '0');
    const tps = values.tps === undefined ? undefined : parseFlag('tps', CountFlag, values.tps);
    const receiptDelayMs = values['receipt-delay'] === undefined ? undefined : parseFlag('receipt-delay', CountFlag, values['receipt-delay']);
    const repliesUrl = values['replies-url'] === undefined ? undefined : parseFlag('replies-url', UrlFlag, values['replies-url']);
    const notifyUrl = values['notify-url'] === undefined ? undefined : parseFlag('notify-url', UrlFlag, values['notify-url']);
    const logFile = values['log-file'] === undefined ? undefined : parseFlag('log-file', TextFlag, values['log-file']);

    const given = (['service-key', 'jwt-secret', 'service-id'] as const).filter((flag) => values[flag] !== undefined);
    let credentials: SandboxCredential[] = [{ serviceId: SANDBOX_SERVICE_ID, key: SANDBOX_SERVICE_KEY, jwtSecret: SANDBOX_JWT_SECRET }];
    if (given.length > 0) {
      const missing = (['service-key', 'jwt-secret', 'service-id'] as const).filter((flag) => values[flag] === undefined);
      if (missing.length > 0) throw new CliError(`--${missing[0]}: required together with --${given[0]} (own credentials need all three)`);
      credentials = [
        {
          key: parseFlag('service-key', TextFlag, values['service-key']),
          jwtSecret: parseFlag('jwt-secret', Base64Flag, values['jwt-secret']),
          serviceId: parseFlag('service-id', TextFlag, values['service-id']),
        },
      ];
    }

    let sandbox;
    try {
      sandbox = await startSandbox({ port, tps, receiptDelayMs, replies: repliesUrl ? { url: repliesUrl } : null, defaultNotifyUrl: notifyUrl, logFile, credentials });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`--port: ${port} is already in use; pick another or 0 for a free one`);
      throw error;
    }
    writeLine(io.stdout, `sandbox on ${sandbox.url}`);
    await stopSignal;
    await sandbox.close();
    return 0;
  },
};
