/** A failure that escaped every handler in the process: always a bug. */
export interface ProcessFault {
  /** In words, for the user. */
  what: string;
  /** The stack, or the rejection's value. */
  detail: string;
  /** An uncaught exception leaves the process in an unknown state; a stray rejection does not. */
  fatal: boolean;
}

function detailOf(value: unknown): string {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/**
 * Hands the shells (Electron main, the CLI) every unhandled rejection and uncaught exception, so
 * they log it and say what happened instead of Node's bare dump or silence. Returns the undo.
 */
export function onProcessFault(report: (fault: ProcessFault) => void, target: NodeJS.EventEmitter = process): () => void {
  const rejection = (reason: unknown): void =>
    report({ what: 'a promise rejection nobody handled', detail: detailOf(reason), fatal: false });
  const exception = (error: unknown): void => report({ what: 'an exception nobody caught', detail: detailOf(error), fatal: true });
  target.on('unhandledRejection', rejection);
  target.on('uncaughtException', exception);
  return () => {
    target.off('unhandledRejection', rejection);
    target.off('uncaughtException', exception);
  };
}
