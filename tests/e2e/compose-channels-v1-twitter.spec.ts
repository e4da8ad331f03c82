import { composeAndSend } from './compose-channels';
import { test } from './fixtures';

test('v1 twitter: composed from its starter, previews its real content, validates and sends to the sandbox', async ({
  page,
  served,
}, testInfo) => {
  await composeAndSend(
    page,
    served.url,
    { api: 'v1', channel: 'twitter', pick: 'twitter', recipient: ['twitterid', '783214'], previewShows: 'Hello, this is a test message.' },
    testInfo,
  );
});
