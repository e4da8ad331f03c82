import { composeAndSend } from './compose-channels';
import { test } from './fixtures';

test('v1 fb: composed from its starter, previews its real content, validates and sends to the sandbox', async ({
  page,
  served,
}, testInfo) => {
  await composeAndSend(
    page,
    served.url,
    { api: 'v1', channel: 'fb', pick: 'fb', recipient: ['psid', '2412345678901234'], previewShows: 'Hello, this is a test message.' },
    testInfo,
  );
});
