import { composeAndSend } from './compose-channels';
import { test } from './fixtures';

test('v1 wechat: composed from its starter, previews its real content, validates and sends to the sandbox', async ({
  page,
  served,
}, testInfo) => {
  await composeAndSend(
    page,
    served.url,
    {
      api: 'v1',
      channel: 'wechat',
      pick: 'wechat',
      recipient: ['wechat_user_id', 'oXyz123'],
      previewShows: 'Hello, this is a test message.',
    },
    testInfo,
  );
});
