import { z } from 'zod';
import { SANDBOX_JWT_SECRET, SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../../shared/sandbox';
import { startSandbox, type SandboxCredential } from '../../core/sandbox/server';
import { createReadStream } from 'node:fs';
import { CliError, writeLine, type CliIo, type Command, type CommandRun } from '../command';
import { parseFlag, PortFlag } from '../flags';
import { readSecretLines } from '../profile/read-secret';

const CountFlag = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more');
const TextFlag = z.string().trim().min(1, 'must not be empty');
const Base64Flag = TextFlag.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64 (the service secret as the vendor shows it)');
const UrlFlag = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: 'Run the built-in sandbox (v1 and v2 messaging APIs) on 127.0.0.1',
  usage:
    'relaydesk sandbox [--port N] [--tps N] [--receipt-delay MS] [--notify-url URL] [--replies-url URL] [--log-file FILE] ' +
    '[--service-id ID --secrets-file FILE|-]',
  options: {
    port: { type: 'string' },
    tps: { type: 'string' },
    'receipt-delay': { type: 'string' },
    'replies-url': { type: 'string' },
    'notify-url': { type: 'string' },
    'log-file': { type: 'string' },
    // Kept only to refuse them with a way out: a secret in argv shows in `ps` and shell history.
    'service-key': { type: 'string' },
    'jwt-secret': { type: 'string' },
    'service-id': { type: 'string' },
    'secrets-file': { type: 'string' },
  },
  async run({ values, io, stopSignal }) {
    const port = parseFlag('port', PortFlag, values.port ?? '0');
    const tps = values.tps === undefined ? undefined : parseFlag('tps', CountFlag, values.tps);
    const receiptDelayMs =
      values['receipt-delay'] === undefined ? undefined : parseFlag('receipt-delay', CountFlag, values['receipt-delay']);
    const repliesUrl = values['replies-url'] === undefined ? undefined : parseFlag('replies-url', UrlFlag, values['replies-url']);
    const notifyUrl = values['notify-url'] === undefined ? undefined : parseFlag('notify-url', UrlFlag, values['notify-url']);
    const logFile = values['log-file'] === undefined ? undefined : parseFlag('log-file', TextFlag, values['log-file']);

    const credentials = await credentialsFrom(values, io);

    let sandbox;
    try {
      sandbox = await startSandbox({
        port,
        tps,
        receiptDelayMs,
        replies: repliesUrl ? { url: repliesUrl } : null,
        defaultNotifyUrl: notifyUrl,
        logFile,
        credentials,
      });
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

/** The well-known sandbox credentials, or the user's own: --service-id plus the secrets from --secrets-file. */
async function credentialsFrom(values: CommandRun['values'], io: CliIo): Promise<SandboxCredential[]> {
  for (const flag of ['service-key', 'jwt-secret'] as const) {
    if (values[flag] !== undefined) {
      throw new CliError(
        `--${flag}: a secret on the command line is visible to every user in \`ps\` and stays in shell history. ` +
          'Put the service key on the first line and the JWT secret on the second of a file and pass --secrets-file FILE, ' +
          'or pipe them in with --secrets-file - (e.g. printf \'%s\\n%s\\n\' "$KEY" "$SECRET" | relaydesk sandbox --service-id ID --secrets-file -)',
      );
    }
  }
  const serviceId = values['service-id'] === undefined ? undefined : parseFlag('service-id', TextFlag, values['service-id']);
  const secretsFile = values['secrets-file'] === undefined ? undefined : parseFlag('secrets-file', TextFlag, values['secrets-file']);
  if (serviceId === undefined && secretsFile === undefined) {
    return [{ serviceId: SANDBOX_SERVICE_ID, key: SANDBOX_SERVICE_KEY, jwtSecret: SANDBOX_JWT_SECRET }];
  }
  if (serviceId === undefined) throw new CliError('--service-id: required together with --secrets-file (own credentials need both)');
  if (secretsFile === undefined) {
    throw new CliError(
      '--secrets-file: required together with --service-id (a file with the service key and the JWT secret, or - for standard input)',
    );
  }
  const [key, jwtSecret] = await readOwnSecrets(secretsFile, io);
  const source = secretsFile === '-' ? 'standard input' : secretsFile;
  if (key === undefined)
    throw new CliError(`--secrets-file: no secrets in ${source}; the service key goes on the first line, the JWT secret on the second`);
  if (jwtSecret === undefined) throw new CliError(`--secrets-file: no JWT secret in ${source}; put it on the line after the service key`);
  // Checked here rather than with parseFlag, whose error would print the value it was given.
  if (!Base64Flag.safeParse(jwtSecret).success)
    throw new CliError(`--secrets-file: the JWT secret (second line of ${source}) must be base64, as the vendor shows it`);
  return [{ serviceId, key, jwtSecret }];
}

/** The service key (first line) and JWT secret (second line), from a file or, for `-`, standard input. */
async function readOwnSecrets(file: string, io: CliIo): Promise<string[]> {
  const prompts = ['Service key: ', 'JWT service secret (base64): '];
  if (file === '-') return readSecretLines(io.stdin, io.stderr, prompts);
  try {
    return await readSecretLines(createReadStream(file), io.stderr, prompts);
  } catch (error) {
    throw new CliError(`--secrets-file: cannot read ${file} (${(error as Error).message})`);
  }
}
