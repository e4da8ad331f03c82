import { type appCalls, Theme, type AppInfo } from '../../../shared/contract/app';
import type { Area, CoreContext } from '../area';
import { DATABASE_FILE_NAME } from '../db/database';
import { RELAYDESK_VERSION } from '../version';
import { join } from 'node:path';

export function createAppArea(ctx: CoreContext, shell: AppInfo['shell']): Area<typeof appCalls> {
  return {
    service: undefined,
    handlers: {
      'app:info': () => ({
        name: 'Relaydesk',
        version: RELAYDESK_VERSION,
        dataDir: ctx.dataDir,
        databaseFile: join(ctx.dataDir, DATABASE_FILE_NAME),
        shell,
      }),
      'app:status': () => ctx.status.get(),
      'app:getTheme': () => {
        const parsed = Theme.safeParse(ctx.settings.get('theme'));
        return parsed.success ? parsed.data : 'system';
      },
      'app:setTheme': (theme) => {
        ctx.settings.set('theme', theme);
        return theme;
      },
    },
  };
}
