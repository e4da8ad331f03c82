import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { CallName, CallOutput } from '../../../shared/contract';
import { REGION_IDS, SANDBOX_REGION } from '../../../shared/profiles/regions';
import { SENDER_CHANNELS } from '../../../shared/profiles/senders';
import { SecretKind, type Profile } from '../../../shared/profiles/profile';
import { createCore, type Core } from '../../core';
import { ensureSandboxForProfile } from '../../core/outbound/one-shot-sandbox';
import { CliError, writeLine, type CliIo, type Command } from '../command';
import { parseFlag } from '../flags';
import { formatProfileTable } from '../profile/format';
import { readSecretLines } from '../profile/read-secret';

const USAGE = [
  'relaydesk profile add --name N (--region R | --base-url URL) --service-id ID --auth key|jwt|both [--tps N] [--sender CHANNEL=ID ...]',
  '       relaydesk profile list [--json]',
  '       relaydesk profile remove NAME',
  '       relaydesk profile set-secret NAME --kind key|jwt',
  '       relaydesk profile default NAME',
  '       relaydesk profile test NAME',
  '       relaydesk profile export [NAME ...] [--out FILE]',
  '       relaydesk profile import FILE|-',
  '',
  'Secrets are read from standard input, never from the command line: one line for --auth key or',
  'jwt; for --auth both the service key on the first line and the JWT secret on the second.',
  `Regions: ${REGION_IDS.join(', ')}.`,
].join('\n');

// Input paths of profiles:create mapped back to the flags a user typed.
const flagOfPath: Record<string, string> = {
  name: 'name',
  region: 'region',
  baseUrl: 'base-url',
  serviceId: 'service-id',
  authMode: 'auth',
  tps: 'tps',
};

async function call<K extends CallName>(core: Core, name: K, input: unknown): Promise<CallOutput<K>> {
  const reply = await core.dispatch(name, input);
  if (reply.ok) return reply.output as CallOutput<K>;
  const top = reply.error.path?.split(/[.[]/)[0] ?? '';
  const flag = flagOfPath[top];
  const message = flag ? `--${flag}: ${reply.error.message.replace(new RegExp(`^${top}: `), '')}` : reply.error.message;
  throw new CliError(message);
}

function one(positionals: string[], what: string): string {
  const [name, ...rest] = positionals;
  if (!name) throw new CliError(`name the profile to ${what}. Usage:\n${USAGE}`);
  if (rest.length) throw new CliError(`one profile at a time; got ${positionals.join(', ')}`);
  return name;
}

async function profileNamed(core: Core, name: string): Promise<Profile> {
  const list = await call(core, 'profiles:list', undefined);
  const found = list.find((p) => p.id === name) ?? list.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new CliError(`no profile named "${name}"; 'relaydesk profile list' shows them`);
  return found;
}

function senders(values: unknown): Record<string, string> {
  const list = z.array(z.string()).parse(values ?? []);
  const out: Record<string, string> = {};
  for (const item of list) {
    const match = /^([a-z]+)=(.+)$/.exec(item);
    if (!match || !(SENDER_CHANNELS as readonly string[]).includes(match[1]!)) {
      throw new CliError(`--sender: expected CHANNEL=ID with CHANNEL one of ${SENDER_CHANNELS.join(', ')} (got ${JSON.stringify(item)})`);
    }
    out[match[1]!] = match[2]!;
  }
  return out;
}

async function add(core: Core, values: Record<string, unknown>, io: CliIo): Promise<number> {
  if (values.region !== undefined && values['base-url'] !== undefined) throw new CliError('give either --region or --base-url, not both');
  const auth = parseFlag('auth', z.enum(['key', 'jwt', 'both'], { message: 'must be key, jwt or both' }), values.auth);
  const input = {
    name: values.name ?? '',
    region: values['base-url'] !== undefined ? 'custom' : (values.region ?? ''),
    baseUrl: values['base-url'] ?? null,
    serviceId: values['service-id'] ?? '',
    authMode: auth,
    tps: values.tps ?? undefined,
    senders: senders(values.sender),
  };
  const kinds: SecretKind[] = auth === 'both' ? ['key', 'jwt'] : [auth];
  const labels = { key: 'Service key: ', jwt: 'JWT service secret (base64): ' };
  const secrets = await readSecretLines(
    io.stdin,
    io.stderr,
    kinds.map((k) => labels[k]),
  );
  const profile = await call(core, 'profiles:create', input);
  try {
    for (const [index, secret] of secrets.entries()) await call(core, 'profiles:setSecret', { id: profile.id, kind: kinds[index], secret });
  } catch (error) {
    // Nothing half-made: without its secret the new profile is removed again.
    await core.dispatch('profiles:delete', { id: profile.id });
    throw error;
  }
  writeLine(io.stdout, `added profile "${profile.name}" (${profile.baseUrl ?? 'local sandbox'})`);
  if (secrets.length < kinds.length) {
    const missing = kinds.slice(secrets.length).join(' and ');
    writeLine(
      io.stderr,
      `note: no ${missing} secret given on standard input; set it with 'relaydesk profile set-secret "${profile.name}" --kind ${kinds[secrets.length]}' or the RELAYDESK_SECRET_* variable (see README)`,
    );
  }
  return 0;
}

async function run(core: Core, sub: string, positionals: string[], values: Record<string, unknown>, io: CliIo): Promise<number> {
  switch (sub) {
    case 'add':
      return add(core, values, io);
    case 'list': {
      const list = await call(core, 'profiles:list', undefined);
      writeLine(io.stdout, values.json === true ? JSON.stringify(list, null, 2) : formatProfileTable(list));
      return 0;
    }
    case 'remove': {
      const profile = await profileNamed(core, one(positionals, 'remove'));
      await call(core, 'profiles:delete', { id: profile.id });
      writeLine(io.stdout, `removed profile "${profile.name}" and its keychain entries`);
      return 0;
    }
    case 'set-secret': {
      const profile = await profileNamed(core, one(positionals, 'give a secret'));
      const kind = parseFlag('kind', SecretKind, values.kind);
      const [secret] = await readSecretLines(io.stdin, io.stderr, [kind === 'key' ? 'Service key: ' : 'JWT service secret (base64): ']);
      if (!secret)
        throw new CliError('no secret on standard input; pipe it in, e.g. printf %s "$KEY" | relaydesk profile set-secret NAME --kind key');
      await call(core, 'profiles:setSecret', { id: profile.id, kind, secret });
      writeLine(io.stdout, `saved the ${kind === 'key' ? 'service key' : 'JWT secret'} of "${profile.name}" in the OS keychain`);
      return 0;
    }
    case 'default': {
      const profile = await profileNamed(core, one(positionals, 'make the default'));
      await call(core, 'profiles:setDefault', { id: profile.id });
      writeLine(io.stdout, `"${profile.name}" is now the default profile`);
      return 0;
    }
    case 'test': {
      const profile = await profileNamed(core, one(positionals, 'test'));
      // A one-shot core runs no sandbox; a sandbox profile gets one for the length of the test.
      const stopSandbox = await ensureSandboxForProfile(core.context, profile.region === SANDBOX_REGION);
      const result = await call(core, 'profiles:testConnection', { id: profile.id }).finally(() => stopSandbox?.());
      writeLine(io.stdout, result.message);
      return result.outcome === 'accepted' ? 0 : 1;
    }
    case 'export': {
      const ids = positionals.length ? await Promise.all(positionals.map(async (n) => (await profileNamed(core, n)).id)) : undefined;
      const text = JSON.stringify(await call(core, 'profiles:export', { ids }), null, 2) + '\n';
      if (typeof values.out === 'string') {
        await writeFile(values.out, text);
        writeLine(io.stderr, `wrote ${values.out} (no secrets)`);
      } else io.stdout.write(text);
      return 0;
    }
    case 'import': {
      const file = one(positionals, 'import (a file, or - for standard input)');
      let text = '';
      try {
        if (file === '-') for await (const chunk of io.stdin) text += String(chunk);
        else text = await readFile(file, 'utf8');
      } catch (error) {
        throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
      }
      const result = await call(core, 'profiles:import', json);
      for (const [from, to] of result.renamed) writeLine(io.stderr, `"${from}" exists already; imported as "${to}"`);
      writeLine(io.stdout, `imported ${result.created.length} profile(s); set their secrets with 'relaydesk profile set-secret'`);
      return 0;
    }
    default:
      throw new CliError(`unknown subcommand '${sub}'. Usage:\n${USAGE}`);
  }
}

export const profileCommand: Command = {
  name: 'profile',
  summary: 'Add, list, remove, test, export and import the services you send through (secrets via stdin)',
  usage: USAGE,
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    region: { type: 'string' },
    'base-url': { type: 'string' },
    'service-id': { type: 'string' },
    auth: { type: 'string' },
    tps: { type: 'string' },
    sender: { type: 'string', multiple: true },
    kind: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
  },
  async run({ values, positionals, dataDir, io }) {
    const [sub, ...rest] = positionals;
    if (!sub) throw new CliError(`say what to do. Usage:\n${USAGE}`);
    const core = await createCore({ dataDir, startServices: false });
    try {
      return await run(core, sub, rest, values, io);
    } finally {
      await core.close();
    }
  },
};
