import { rcsWarnings } from '../api/rcs-warnings';
import type { RcsContent } from './content';
import type { RcsIssue } from './issues';
import { sampleMediaName } from './samples';

// What the designer warns about without refusing: rules the vendor does not document (Google RBM's
// lengths, calendar sense), the 1024 its documents disagree on, duplicate postbackData, sample media.

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

function sampleMedia(content: RcsContent): RcsIssue[] {
  return mediaUrlsWithPaths(content)
    .filter(({ url }) => sampleMediaName(url) !== null)
    .map(({ path }) => ({
      path,
      message:
        "a sample picture shown from Relaydesk's own files: the sandbox accepts it, but a real send needs a public https URL the vendor can fetch",
    }));
}

/** rcsWarnings names paths from a request's root; the designer's paths start inside `content`. */
const ROOT = 'content';

/** What the outbox warns about a v2 request with this content, in its words, at paths inside `content`. */
export function rcsSendWarnings(content: RcsContent): RcsIssue[] {
  return rcsWarnings(content, ROOT).map((w) => ({ path: w.path.slice(ROOT.length + 1), message: w.message }));
}

/** Warnings for a design: the outbox's (each naming its source), then sample media. None stops a send. */
export function rcsDesignWarnings(content: RcsContent): RcsIssue[] {
  return [...rcsSendWarnings(content), ...sampleMedia(content)];
}

/** Whether a design still uses the bundled sample media (a real send would fail to fetch it). */
export function usesSampleMedia(content: RcsContent): boolean {
  return sampleMedia(content).length > 0;
}
