import { z } from 'zod';

// Calls and events of the sandbox area: what the built-in sandbox did, for a log panel.
// Entries never hold a service key or JWT: headers show only "(valid)" / "(invalid)".

export const SandboxLogEntry = z.object({
  at: z.string(),
  kind: z.enum(['request', 'receipt', 'reply', 'note']),
  /** request */
  method: z.string().optional(),
  path: z.string().optional(),
  api: z.enum(['v1', 'v2']).nullable().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  status: z.number().nullable().optional(),
  response: z.unknown().optional(),
  /** receipt / reply */
  url: z.string().optional(),
  attempt: z.number().optional(),
  ok: z.boolean().optional(),
  error: z.string().nullable().optional(),
  payload: z.unknown().optional(),
  /** note */
  message: z.string().optional(),
});
export type SandboxLogEntry = z.infer<typeof SandboxLogEntry>;

export const SandboxLogPage = z.object({
  running: z.boolean(),
  url: z.string().nullable(),
  /** Plain-words rules a user should know (e.g. which numbers fail). */
  rules: z.array(z.string()),
  /** Newest last. */
  entries: z.array(SandboxLogEntry),
});
export type SandboxLogPage = z.infer<typeof SandboxLogPage>;

export const sandboxCalls = {
  'sandbox:log': {
    input: z.object({ limit: z.number().int().min(1).max(2000).optional() }),
    output: SandboxLogPage,
  },
} as const;

export const sandboxEvents = {
  /** Each new log entry, as it happens. */
  'sandbox:entry': SandboxLogEntry,
} as const;
