import { expect, test } from './fixtures';
import { editorText } from './code-editor';
import { freshDraft, freshV1Draft, openCompose, pasteInto, writeSms } from './compose-helpers';

test.describe('compose and preview', () => {
  test('SMS: recipients from CSV, per-recipient text, unresolved values, UCS-2 fix', async ({ page, served }, testInfo) => {
    await openCompose(page, served.url, 'SMS');
    await writeSms(
      page,
      'Hi $(name), your code is $(code) – enjoy',
      'msisdn,name,code\n447700900001,Ana,A1\n447700900002,Bo,\nnot-a-number,Cy,C3\n',
    );
    await expect(page.getByLabel('Added recipients')).toContainText('Added 2 recipients; 1 line left in the box to fix');
    await expect(page.getByLabel('Rejected lines')).toContainText('line 4: "not-a-number" is not an MSISDN');
    await expect(page.getByLabel('Paste recipients')).toHaveValue('msisdn,name,code\nnot-a-number,Cy,C3');

    const bubble = page.getByTestId('sms-bubble');
    await expect(bubble).toHaveText('Hi Ana, your code is A1 – enjoy');
    await expect(page.getByTestId('sms-encoding')).toHaveText('UCS-2');
    await expect(page.getByTestId('type-mismatch')).toContainText('needs UCS-2 but its type is text');
    await expect(page.getByTestId('preview-summary')).toHaveText('2 recipients · 2 SMS parts in all · 2 in UCS-2');
    await page.screenshot({ path: testInfo.outputPath('compose-sms-light.png'), fullPage: true });

    await page.getByRole('button', { name: 'Next recipient' }).click();
    await expect(page.getByTestId('recipient-position')).toHaveText('2 of 2');
    await expect(bubble).toHaveText('Hi Bo, your code is  – enjoy');

    await page.getByRole('button', { name: /Replace 1 look-alike/ }).click();
    await expect(page.getByTestId('sms-encoding')).toHaveText('GSM-7');
    await expect(page.getByLabel('Message')).toHaveValue('Hi $(name), your code is $(code) - enjoy');

    // Undo brings the dash back, in the form and the preview alike.
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Message')).toHaveValue('Hi $(name), your code is $(code) – enjoy');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('compose-sms-dark.png'), fullPage: true });
  });

  test('JSON and form stay in sync; broken JSON and rule errors show inline', async ({ page, served }) => {
    await page.goto(served.url);
    await freshDraft(page, 'SMS');
    await page.getByLabel('Message').fill('From the form');
    await page.getByRole('tab', { name: /JSON/ }).click();
    const json = page.getByLabel('Request body JSON');
    await expect(json).toContainText('"text": "From the form"');
    const text = await editorText(json);
    await json.fill(text.replace('From the form', 'From JSON $(who)').replace('"channel": "sms"', '"channel": "sms", "priority": 7'));
    await expect(page.getByLabel('Request problems')).toContainText('priority');
    // Each problem names its line; clicking it puts the cursor there.
    const priorityIssue = page.getByLabel('Request problems').getByRole('listitem').filter({ hasText: 'priority' });
    await priorityIssue.getByRole('button', { name: /^line \d+$/ }).click();
    await expect(json.locator('.cm-activeLine')).toContainText('"priority": 7');
    await expect(page.getByTestId('sms-bubble')).toContainText('From JSON $(who)');
    await expect(page.getByTestId('unresolved')).toContainText('$(who)');
    await page.waitForTimeout(800); // a pause: the next edit is its own undo step
    await json.fill('{ "channel": ');
    await expect(page.getByTestId('json-error')).toContainText('Invalid JSON');
    await page.getByRole('tab', { name: /Form/ }).click();
    await expect(page.getByText('The JSON does not parse')).toBeVisible();
    await page.keyboard.press('Control+z');
    await page.getByRole('tab', { name: /JSON/ }).click();
    await expect(page.getByTestId('json-error')).toHaveCount(0);
    await page.getByRole('tab', { name: /Form/ }).click();
    await expect(page.getByLabel('Message')).toHaveValue('From JSON $(who)');
  });
});

test.describe('email and RCS previews', () => {
  test('email: subject, preheader, sandboxed HTML, links, size; desktop/mobile and light/dark', async ({ page, served }, testInfo) => {
    await openCompose(page, served.url, 'Email');
    await pasteInto(page.getByLabel('Paste recipients'), 'email,name\nana@example.com,Ana\n');
    await page
      .getByLabel('HTML')
      .fill(
        '<div class="preheader" style="display:none">Only today, $(name)</div><h1 style="color:#0b6bcb">Hello $(name)</h1><p>Our spring sale.</p>' +
          '<a no-track-connect href="https://example.com/terms">Terms</a> <a href="$(unsubscribe)">Unsubscribe</a><script>document.title="ran"</script>',
      );
    await expect(page.getByTestId('email-subject')).toHaveText('Hello Ana');
    await expect(page.getByText('Only today, Ana')).toBeVisible();
    const frame = page.getByTestId('email-frame');
    await expect(frame).toHaveAttribute('sandbox', '');
    await expect(page.frameLocator('[data-testid="email-frame"]').getByRole('heading', { name: 'Hello Ana' })).toBeVisible();
    const links = page.getByRole('table', { name: 'Links in the email' });
    await expect(links).toContainText('no-track-connect');
    await expect(links).toContainText('unsubscribe');
    await expect(page.getByTestId('email-size')).toContainText('/ 350 KB');
    await page.screenshot({ path: testInfo.outputPath('email-page-light.png') });
    await page.getByRole('button', { name: 'Mobile' }).click();
    await page.locator('.preview-pane').screenshot({ path: testInfo.outputPath('email-mobile-light.png') });
    await page.getByRole('button', { name: 'Dark' }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('.preview-pane').screenshot({ path: testInfo.outputPath('email-mobile-dark.png') });
  });

  test('RCS: rich card in the phone and the SMS fallback when it is on', async ({ page, served }, testInfo) => {
    await openCompose(page, served.url, 'RCS');
    await pasteInto(page.getByLabel('Paste recipients'), 'msisdn,name\n+447700900001,Jo\n');
    await page.getByLabel('Content type').selectOption('standalone');
    await page.getByLabel('Card title').fill('Hi $(name)');
    await page.getByLabel('Card description').fill('Your table is ready');
    await page.getByLabel('SMS fallback').check();
    await page.getByLabel('Fallback text').fill('Hi $(name), your table is ready');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByText('Hi Jo', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'SMS fallback' }).getByTestId('sms-bubble')).toHaveText('Hi Jo, your table is ready');
    await preview.screenshot({ path: testInfo.outputPath('rcs-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Dark phone' }).click();
    await preview.screenshot({ path: testInfo.outputPath('rcs-dark.png') });
  });
});

test.describe('sending', () => {
  test('send test to me uses the numbers from Settings; Ctrl+Enter sends through the sandbox', async ({ page, served }, testInfo) => {
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Test phone numbers (SMS, RCS)').fill('+447700900999\nnope');
    await page.getByRole('button', { name: 'Save test recipients' }).click();
    await expect(page.getByRole('alert')).toContainText('“nope”: not an MSISDN');
    await page.getByRole('region', { name: 'Test recipients' }).screenshot({ path: testInfo.outputPath('settings-test-recipients.png') });
    await page.getByLabel('Test phone numbers (SMS, RCS)').fill('+447700900999');
    await page.getByRole('button', { name: 'Save test recipients' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Compose' }).click();
    await freshDraft(page, 'SMS');
    // A new draft keeps the profile of the draft the console opened on, which may be another test's
    // (compose-send leaves one whose profile has no secret, and Compose would refuse the send).
    await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });
    await writeSms(page, 'Hi $(name)', 'msisdn,name\n447700900001,Ana\n447700900002,Bo\n');
    await expect(page.getByTestId('batch-plan')).toContainText('2 destinations → 1 request');
    // The plan line gives way in a narrow window: Redo stays on Undo's row, and the line stays whole.
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      const undo = (await page.getByRole('button', { name: 'Undo' }).boundingBox())!;
      const redo = (await page.getByRole('button', { name: 'Redo' }).boundingBox())!;
      expect(Math.abs(redo.y - undo.y), `Redo wrapped below Undo at ${width}px`).toBeLessThan(2);
      const whole = await page.getByTestId('batch-plan').evaluate((el) => el.scrollWidth <= el.clientWidth + 0.5);
      expect(whole, `the plan line is cut short at ${width}px`).toBe(true);
      await page.screenshot({ path: testInfo.outputPath(`compose-plan-line-${width}.png`) });
    }
    await expect(page.getByTestId('batch-plan')).toHaveAttribute('title', /2 destinations → 1 request of up to \d+, under a second/);
    await page.getByRole('button', { name: 'Send test to me' }).click();
    await expect(page.getByTestId('send-status')).toContainText('Test queued: 1 destination in 1 request');
    await page.getByRole('button', { name: 'Dismiss' }).click();

    await page.getByLabel('Message').focus();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('dialog')).toContainText('Send to 2 recipients?');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('send-status')).toContainText('Queued: 2 destinations');
    // The sandbox accepts them: the shared progress view follows the job to the end.
    await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 15_000 });
    await page.screenshot({ path: testInfo.outputPath('compose-sent.png') });
  });
});

test.describe('drafts', () => {
  test('notify URL is the local listener; drafts survive a reload; History’s open-draft event loads a body', async ({ page, served }) => {
    await page.goto(served.url);
    await freshDraft(page, 'SMS');
    await expect(page.getByLabel('Notify URL')).toHaveValue(`${served.listenerUrl}/webhooks`);
    await page.getByLabel('Message').fill('Kept across reloads');
    await expect(page.getByText('Draft saved')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Message')).toHaveValue('Kept across reloads');

    // Tests in a worker share one data dir, so count drafts relative to now.
    const before = Number(/\((\d+)\)/.exec((await page.getByRole('button', { name: /^Drafts \(/ }).textContent()) ?? '')?.[1]);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
    await page.evaluate(() => {
      window.dispatchEvent(
        new CustomEvent('relaydesk:open-draft', {
          detail: {
            api: 'v2',
            body: {
              channel: 'email',
              from: 'a@example.com',
              to: [{ email: ['b@example.com'] }],
              content: { type: 'text', subject: 'From history', text: 'Hi' },
            },
          },
        }),
      );
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible();
    await expect(page.getByLabel('Subject')).toHaveValue('From history');
    await expect(page.getByRole('button', { name: `Drafts (${before + 1})` })).toBeVisible();
  });
});

test.describe('API v1 and inline rules', () => {
  test('a v1 SMS through the form, with rule errors at the field they concern', async ({ page, served }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(served.url);
    await freshV1Draft(page, 'sms');
    await page.getByLabel('Message text').fill('Order $(order) ready');
    await pasteInto(page.getByLabel('Paste recipients'), '447700900001\n447700900002');
    await expect(page.getByTestId('recipient-position')).toHaveText('1 of 2');
    await page.getByLabel('Notify URL').fill('not a url');
    const notifyField = page.locator('.field', { has: page.getByLabel('Notify URL') });
    await expect(notifyField.locator('.field-error')).toBeVisible();
    await page.locator('.form').screenshot({ path: testInfo.outputPath('compose-v1-light.png') });
    await page.getByRole('tab', { name: /JSON/ }).click();
    await expect(page.getByLabel('Request body JSON')).toContainText('"deliverychannel": "sms"');
    await expect(page.getByLabel('Request problems')).toContainText('notifyurl');
  });
});

test.describe('large lists', () => {
  test('1200 recipients from a CSV file: jump by number or address, per-recipient preview stays quick', async ({
    page,
    served,
  }, testInfo) => {
    const rows = Array.from({ length: 1200 }, (_, i) => `4477009${String(i).padStart(5, '0')},Name${i}`);
    const file = testInfo.outputPath('recipients.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '\uFEFFmsisdn,name\r\n' + rows.join('\r\n') + '\r\n');
    await page.goto(served.url);
    await freshDraft(page, 'SMS');
    await page.getByLabel('Message').fill('Hi $(name)');
    await page.getByTestId('csv-file').setInputFiles(file);
    await expect(page.getByTestId('recipient-position')).toHaveText('1 of 1200');
    await page.getByLabel('Recipient number').fill('700');
    await expect(page.getByTestId('sms-bubble')).toHaveText('Hi Name699');
    await page.getByLabel('Find recipient by address').fill('447700901111');
    await page.getByLabel('Find recipient by address').press('Enter');
    await expect(page.getByTestId('sms-bubble')).toHaveText('Hi Name1111');
    await expect(page.getByTestId('preview-summary')).toContainText('1200 recipients · 1200 SMS parts in all');
  });
});
