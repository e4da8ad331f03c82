import type { RcsContent, RcsSuggestion } from './content';
import type { RcsIssue } from './issues';
import { describeRcsPath } from './paths';
import { sampleMediaName } from './samples';

// What the designer warns about without refusing: things a send survives but a user would regret.

function suggestionsWithPaths(content: RcsContent): { path: string; s: RcsSuggestion }[] {
  const out: { path: string; s: RcsSuggestion }[] = [];
  const add = (list: readonly RcsSuggestion[] | undefined, at: string) => list?.forEach((s, i) => out.push({ path: `${at}[${i}]`, s }));
  if (content.type === 'standalone') add(content.richCard.suggestions, 'richCard.suggestions');
  if (content.type === 'carousel') content.cards.forEach((card, i) => add(card.suggestions, `cards[${i}].suggestions`));
  if (content.type !== 'agentEvent') add(content.suggestions, 'suggestions');
  return out;
}

function mediaUrlsWithPaths(content: RcsContent): { path: string; url: string }[] {
  switch (content.type) {
    case 'media':
      return [{ path: 'mediaContentUrl', url: content.mediaContentUrl }];
    case 'standalone':
      return content.richCard.media ? [{ path: 'richCard.media.url', url: content.richCard.media.url }] : [];
    case 'carousel':
      return content.cards.flatMap((card, i) => (card.media ? [{ path: `cards[${i}].media.url`, url: card.media.url }] : []));
    default:
      return [];
  }
}

/**
 * Replies carry only their postbackData back, so two suggestions with the same one cannot be told
 * apart in the inbound feed. Each copy is flagged and names the others.
 */
function duplicatePostbacks(content: RcsContent): RcsIssue[] {
  const byValue = new Map<string, string[]>();
  for (const { path, s } of suggestionsWithPaths(content)) {
    const value = s.postbackData?.trim();
    if (!value) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), path]);
  }
  const out: RcsIssue[] = [];
  for (const [value, paths] of byValue) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).map((p) => describeRcsPath(p).toLowerCase());
      out.push({
        path: `${path}.postbackData`,
        message: `"${value}" is also the postbackData of ${others.join(' and ')}: a reply could not tell them apart`,
      });
    }
  }
  return out;
}

function sampleMedia(content: RcsContent): RcsIssue[] {
  return mediaUrlsWithPaths(content)
    .filter(({ url }) => sampleMediaName(url) !== null)
    .map(({ path }) => ({
      path,
      message: "a sample picture shown from Relaydesk's own files: the sandbox accepts it, but a real send needs a public https URL the vendor can fetch",
    }));
}

/** Warnings for a design, in document order of their kind: duplicates first, then sample media. */
export function rcsDesignWarnings(content: RcsContent): RcsIssue[] {
  return [...duplicatePostbacks(content), ...sampleMedia(content)];
}

/** Whether a design still uses the bundled sample media (a real send would fail to fetch it). */
export function usesSampleMedia(content: RcsContent): boolean {
  return sampleMedia(content).length > 0;
}
