import { composeAndSend } from './compose-channels';
import { test } from './fixtures';

test('v2 rcs: composed from its starter, previews its real content, validates and sends to the sandbox', async ({
  page,
  served,
}, testInfo) => {
  await composeAndSend(
    page,
    served.url,
    { api: 'v2', channel: 'rcs', pick: 'RCS', recipient: ['msisdn', '+447700900001'], previewShows: 'Hi Ana! Reply Yes or No.' },
    testInfo,
  );
});
