import {
  RCS_CARD_DESCRIPTION_MAX_CHARS,
  RCS_CARD_TITLE_MAX_CHARS,
  RCS_CAROUSEL_MAX_CARDS,
  RCS_CAROUSEL_MIN_CARDS,
  RCS_SUGGESTION_TEXT_MAX_CHARS,
  RCS_TEXT_DOCUMENTED_MAX_CHARS,
  RCS_TEXT_MAX_CHARS,
} from '../limits/rcs';
import { duplicatePostbacks, type PostbackAt } from '../rcs/postbacks';
import type { RequestIssue } from './issues';
import { isRecord } from '../is-record';

// RCS rules a v2 request is not refused for, because the vendor's documents disagree about them or
// they come from elsewhere (Google's RBM limits, calendar sense). Each warning names its source.

const RBM = "Google RBM's limit, not in the vendor's docs";

function chars(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

function checkSuggestions(list: unknown, path: string, out: RequestIssue[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (!isRecord(item)) return;
    const at = `${path}[${i}]`;
    if (chars(item.displayText) > RCS_SUGGESTION_TEXT_MAX_CHARS) {
      out.push({
        path: `${at}.displayText`,
        message: `${chars(item.displayText)} characters: chips over ${RCS_SUGGESTION_TEXT_MAX_CHARS} are cut on phones (${RBM})`,
      });
    }
    if (item.type === 'calendarEvent' && typeof item.startTime === 'string' && typeof item.endTime === 'string') {
      const start = Date.parse(item.startTime);
      const end = Date.parse(item.endTime);
      if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
        out.push({
          path: `${at}.endTime`,
          message:
            "the event does not end after it starts: calendars may refuse it (a calendar rule; the vendor's own sample uses equal times)",
        });
      }
    }
  });
}

function checkCard(card: unknown, path: string, out: RequestIssue[]): void {
  if (!isRecord(card)) return;
  if (chars(card.title) > RCS_CARD_TITLE_MAX_CHARS)
    out.push({
      path: `${path}.title`,
      message: `${chars(card.title)} characters: card titles over ${RCS_CARD_TITLE_MAX_CHARS} may be cut (${RBM})`,
    });
  if (chars(card.description) > RCS_CARD_DESCRIPTION_MAX_CHARS) {
    out.push({
      path: `${path}.description`,
      message: `${chars(card.description)} characters: descriptions over ${RCS_CARD_DESCRIPTION_MAX_CHARS} may be cut (${RBM})`,
    });
  }
  checkSuggestions(card.suggestions, `${path}.suggestions`, out);
}

/** Every suggestion's postbackData in a raw `content`, at paths inside it, in the designer's order. */
function postbacksOf(content: Record<string, unknown>): PostbackAt[] {
  const out: PostbackAt[] = [];
  const add = (list: unknown, at: string) => {
    if (Array.isArray(list))
      list.forEach((item, i) => isRecord(item) && out.push({ path: `${at}[${i}]`, postbackData: item.postbackData }));
  };
  if (isRecord(content.richCard)) add(content.richCard.suggestions, 'richCard.suggestions');
  if (Array.isArray(content.cards)) content.cards.forEach((card, i) => isRecord(card) && add(card.suggestions, `cards[${i}].suggestions`));
  add(content.suggestions, 'suggestions');
  return out;
}

/** Warnings for an RCS `content` object at `path` (normally "content"). */
export function rcsWarnings(content: Record<string, unknown>, path: string): RequestIssue[] {
  const out: RequestIssue[] = [];
  const length = chars(content.text);
  if (content.type === 'text' && length > RCS_TEXT_MAX_CHARS && length <= RCS_TEXT_DOCUMENTED_MAX_CHARS) {
    out.push({
      path: `${path}.text`,
      message: `${length} characters: the rcsMessage table allows ${RCS_TEXT_DOCUMENTED_MAX_CHARS}, but the SMS fallback (rcsOptions.text) and SMS allow ${RCS_TEXT_MAX_CHARS} (seed 001): a fallback would not fit`,
    });
  }
  checkSuggestions(content.suggestions, `${path}.suggestions`, out);
  if (content.type === 'standalone') checkCard(content.richCard, `${path}.richCard`, out);
  if (content.type === 'carousel' && Array.isArray(content.cards)) {
    const n = content.cards.length;
    if (n < RCS_CAROUSEL_MIN_CARDS || n > RCS_CAROUSEL_MAX_CARDS) {
      out.push({
        path: `${path}.cards`,
        message: `${n} card${n === 1 ? '' : 's'}: carousels take ${RCS_CAROUSEL_MIN_CARDS} to ${RCS_CAROUSEL_MAX_CARDS} (${RBM})`,
      });
    }
    content.cards.forEach((card, i) => checkCard(card, `${path}.cards[${i}]`, out));
  }
  for (const issue of duplicatePostbacks(postbacksOf(content))) out.push({ path: `${path}.${issue.path}`, message: issue.message });
  return out;
}
