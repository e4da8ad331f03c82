import type { Locator } from '@playwright/test';

/**
 * The text of a CodeMirror JSON editor, given its text box (`getByLabel('Request body JSON')`).
 * An editor is not an input, so Playwright's inputValue cannot read it; its lines can. The bodies
 * in these tests are short enough that CodeMirror renders every line.
 */
export async function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((el) => Array.from(el.querySelectorAll(':scope > .cm-line'), (line) => line.textContent ?? '').join('\n'));
}
