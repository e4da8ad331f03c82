import { writeFileSync } from 'node:fs';
import { freshDraft } from './compose-helpers';
import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

test.describe('template library', () => {
  test('save a draft as a template, find it, rename, duplicate, use it, delete', async ({ page, served }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(served.url);
    // A new draft: the console opens the latest saved one, and an email draft another test left (one
    // opened from a template, say) would make "Save as template" offer to replace that template.
    await freshDraft(page, 'Email');
    await page.getByLabel('Subject').fill('Spring deals for $(name)');
    await page.getByRole('button', { name: 'Save as template' }).click();
    await page.getByLabel('Template name').fill('Spring mail');
    await page.getByLabel('Tags').fill('promo, spring');
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByText('Saved as template “Spring mail”.')).toBeVisible();

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Templates' }).click();
    const row = page.getByRole('listitem', { name: 'Template Spring mail' });
    await expect(row).toContainText('v2 · email');
    await expect(row).toContainText('Spring deals for $(name)');
    await page.getByLabel('Search templates').fill('nothing-like-this');
    await expect(page.getByText('No template matches')).toBeVisible();
    await page.getByLabel('Search templates').fill('deals');
    await expect(row).toBeVisible();

    await row.getByRole('button', { name: 'Duplicate' }).click();
    await expect(page.getByRole('listitem', { name: 'Template Spring mail (copy)' })).toBeVisible();
    await page.getByRole('listitem', { name: 'Template Spring mail (copy)' }).getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('Autumn mail');
    await page.getByLabel('New name').press('Enter');
    await expect(page.getByRole('listitem', { name: 'Template Autumn mail' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('templates-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('templates-dark.png') });

    await page.getByRole('listitem', { name: 'Template Autumn mail' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect(page.getByRole('listitem', { name: 'Template Autumn mail' })).toHaveCount(0);

    await row.getByRole('button', { name: 'Use' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible();
    await expect(page.getByLabel('Subject')).toHaveValue('Spring deals for $(name)');

    // Saving a draft that came from a template replaces that template by default.
    await page.getByLabel('Subject').fill('Summer deals for $(name)');
    await page.getByRole('button', { name: 'Save as template' }).click();
    await expect(page.getByLabel('Template name')).toHaveValue('Spring mail');
    await expect(page.getByLabel(/Replace “Spring mail”/)).toBeChecked();
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Templates' }).click();
    await expect(page.getByRole('listitem', { name: 'Template Spring mail' })).toContainText('Summer deals for $(name)');
  });

  test('import names each bad entry and keeps the good ones', async ({ page, served }, testInfo) => {
    const file = testInfo.outputPath('templates.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'relaydesk-templates',
        version: 1,
        templates: [
          { name: 'Imported SMS', channel: 'sms', tags: ['imported'], body: { channel: 'sms', content: { type: 'text', text: 'Hello' } } },
          { name: 'Broken', channel: 'pigeon', body: {} },
        ],
      }),
    );
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Templates' }).click();
    await page.getByTestId('template-import-file').setInputFiles(file);
    await expect(page.getByText(/Imported 1 template; 1 left out/)).toBeVisible();
    await expect(page.getByLabel('Entries not imported')).toContainText('templates[1] ("Broken"): channel:');
    await expect(page.getByRole('listitem', { name: 'Template Imported SMS' })).toBeVisible();
  });

  test('a name typed while the template a draft came from still loads is kept', async ({ page, freshServed }) => {
    const loads = await holdCalls(page, 'templates:get');
    await page.goto(freshServed.url);
    await freshDraft(page, 'SMS');
    await page.getByLabel('Message').fill('Doors open at 7');
    await page.getByRole('button', { name: 'Save as template' }).click();
    await page.getByLabel('Template name').fill('Doors');
    await page.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByText('Saved as template “Doors”.')).toBeVisible();

    // The form opens at once and asks for the template's name and tags; the user types before the answer.
    loads.hold();
    await page.getByRole('button', { name: 'Save as template' }).click();
    await expect.poll(() => loads.held()).toBe(1);
    await page.getByLabel('Template name').fill('Doors, second showing');
    await loads.release();
    await expect(page.getByLabel(/Replace “Doors”/)).toBeChecked();
    await expect(page.getByLabel('Template name')).toHaveValue('Doors, second showing');
  });
});
