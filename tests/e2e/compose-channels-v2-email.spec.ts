import { composeAndSend } from './compose-channels';
import { test } from './fixtures';

test('v2 email: composed from its starter, previews its real content, validates and sends to the sandbox', async ({
  page,
  served,
}, testInfo) => {
  await composeAndSend(
    page,
    served.url,
    { api: 'v2', channel: 'email', pick: 'Email', recipient: ['email', 'ann@example.com'], previewShows: 'Hello Ana' },
    testInfo,
  );
});
