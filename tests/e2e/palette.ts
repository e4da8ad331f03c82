import type { Page } from '@playwright/test';

/** The colour a CSS variable of the palette resolves to on this page, as getComputedStyle writes it. */
export function paletteColour(page: Page, variable: string): Promise<string> {
  return page.evaluate((v) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${v})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);
}
