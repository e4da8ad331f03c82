import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Appends one JSON line per entry to <dataDir>/logs/relaydesk.log. Callers pass facts, never
 * secrets: no key, JWT or secret is ever a field here.
 */
export function createFileLogger(dataDir: string, alsoConsole = false): Logger {
  const dir = join(dataDir, 'logs');
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    // A read-only data folder: opening the database says so, with what to do; lines are dropped.
  }
  const file = join(dir, 'relaydesk.log');
  const write = (level: string, message: string, fields?: Record<string, unknown>): void => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
    try {
      appendFileSync(file, line + '\n');
    } catch {
      // A full disk must not take the console down with it.
    }
    if (alsoConsole) process.stderr.write(line + '\n');
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.message, stack: error.stack };
  return { error: String(error) };
}
