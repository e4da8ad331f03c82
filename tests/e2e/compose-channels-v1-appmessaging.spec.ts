import { composeAndSend } from './compose-channels';
import { test } from './fixtures';

test('v1 appmessaging: composed from its starter, previews its real content, validates and sends to the sandbox', async ({
  page,
  served,
}, testInfo) => {
  await composeAndSend(
    page,
    served.url,
    { api: 'v1', channel: 'appmessaging', pick: 'appmessaging', recipient: ['msisdn', '447700900001'], previewShows: 'Relaydesk test' },
    testInfo,
  );
});
