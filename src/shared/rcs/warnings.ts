import type { RcsContent } from './content';
import type { RcsIssue } from './issues';
import { describeRcsPath } from './paths';
import { sampleMediaName } from './samples';
import { suggestionsOf } from './suggestions';

// What the designer warns about without refusing: things a send survives but a user would regret.

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

/** A suggestion's postbackData at the suggestion's path inside `content` (`cards[0].suggestions[1]`). */
export interface PostbackAt {
  path: string;
  postbackData: unknown;
}

/**
 * Replies carry only their postbackData back, so two suggestions with the same one cannot be told
 * apart in the inbound feed. Each copy is flagged and names the others. The designer passes its
 * design's suggestions, request validation those it reads from a raw body: one rule for both.
 */
export function duplicatePostbacks(suggestions: readonly PostbackAt[]): RcsIssue[] {
  const byValue = new Map<string, string[]>();
  for (const { path, postbackData } of suggestions) {
    const value = typeof postbackData === 'string' ? postbackData.trim() : '';
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
      message:
        "a sample picture shown from Relaydesk's own files: the sandbox accepts it, but a real send needs a public https URL the vendor can fetch",
    }));
}

/** Warnings for a design, in document order of their kind: duplicates first, then sample media. */
export function rcsDesignWarnings(content: RcsContent): RcsIssue[] {
  return [
    ...duplicatePostbacks(suggestionsOf(content).map(({ path, s }) => ({ path, postbackData: s.postbackData }))),
    ...sampleMedia(content),
  ];
}

/** Whether a design still uses the bundled sample media (a real send would fail to fetch it). */
export function usesSampleMedia(content: RcsContent): boolean {
  return sampleMedia(content).length > 0;
}
