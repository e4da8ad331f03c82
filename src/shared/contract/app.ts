import { z } from 'zod';

export const AppInfo = z.object({
  name: z.literal('Relaydesk'),
  version: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ServiceState = z.object({
  running: z.boolean(),
  url: z.string().nullable(),
  error: z.string().nullable(),
});

export const AppStatus = z.object({
  online: z.boolean(),
  listener: ServiceState,
  sandbox: ServiceState,
});
export type AppStatus = z.infer<typeof AppStatus>;

export const SettingKey = z.enum(['theme', 'listenerPort', 'testRecipients']);
export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const appCalls = {
  'app:info': { input: z.void(), output: AppInfo },
  'app:status': { input: z.void(), output: AppStatus },
  'app:getTheme': { input: z.void(), output: Theme },
  'app:setTheme': { input: Theme, output: Theme },
} as const;

export const appEvents = {
  'app:status': AppStatus,
} as const;
