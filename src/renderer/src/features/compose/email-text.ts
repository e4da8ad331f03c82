/**
 * The plain-text part an email should carry, made from its HTML: what a reader of the HTML sees,
 * in reading order, with links spelled out. DOMParser documents are inert (no scripts run, nothing
 * loads), so any HTML is safe to read here.
 */
const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'HEADER',
  'FOOTER',
  'SECTION',
  'ARTICLE',
  'HR',
  'PRE',
]);

function walk(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (!(node instanceof Element)) return;
  const tag = node.tagName;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.push('\n');
  if (tag === 'LI') out.push('- ');
  if (tag === 'TD' || tag === 'TH') out.push(' ');
  node.childNodes.forEach((child) => walk(child, out));
  if (tag === 'A') {
    const href = node.getAttribute('href') ?? '';
    const text = (node.textContent ?? '').trim();
    if (href !== '' && href !== text && !href.startsWith('#') && !href.startsWith('mailto:')) out.push(` (${href})`);
  }
  if (block) out.push('\n');
}

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Nothing a reader sees: scripts, styles, and hidden bits such as the preheader.
  doc.querySelectorAll('script, style, head, template, [hidden]').forEach((el) => el.remove());
  doc.querySelectorAll('[style]').forEach((el) => {
    if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) el.remove();
  });
  const out: string[] = [];
  walk(doc.body, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** What mail clients do with active content: they strip it, and spam filters weigh it. */
export function activeContentWarnings(html: string): string[] {
  const warnings: string[] = [];
  if (/<script\b/i.test(html))
    warnings.push(
      'The HTML has a <script>: mail clients remove scripts, so nothing in it runs, and spam filters count it against the mail.',
    );
  if (/<form\b/i.test(html))
    warnings.push('The HTML has a form: Gmail, Outlook and most other clients disable forms in mail. Link to a web page instead.');
  return warnings;
}
