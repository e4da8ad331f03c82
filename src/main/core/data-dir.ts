import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the desktop app, the CLI and browser mode keep their shared database by default. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.RELAYDESK_DATA_DIR) return env.RELAYDESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Relaydesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Relaydesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Relaydesk');
}
