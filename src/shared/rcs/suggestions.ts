import type { RcsContent, RcsSuggestion, RcsSuggestionType } from './content';

export const SUGGESTION_LABELS: Record<RcsSuggestionType, string> = {
  reply: 'Reply',
  openUrl: 'Open URL',
  dialPhone: 'Dial phone',
  viewLocation: 'View location',
  shareLocation: 'Share location',
  calendarEvent: 'Calendar event',
};

/**
 * postbackData the chatbot receives when the chip is tapped: readable (`reply_yes`), stable for
 * the same label, and unique within the design (callers pass every other one as `taken`) so two
 * chips never report the same tap.
 */
export function postbackFor(type: RcsSuggestionType, displayText: string, taken: readonly string[] = []): string {
  const slug =
    displayText
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'chip';
  const base = `${type === 'reply' ? 'reply' : type}_${slug}`;
  let candidate = base;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${base}_${n}`;
  return candidate;
}

/** A new suggestion of a kind, filled with values that pass every rule, for the user to edit. */
export function newSuggestion(type: RcsSuggestionType, taken: readonly string[] = []): RcsSuggestion {
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  inAWeek.setUTCMinutes(0, 0, 0);
  const start = inAWeek.toISOString().replace('.000Z', 'Z');
  const end = new Date(inAWeek.getTime() + 3_600_000).toISOString().replace('.000Z', 'Z');
  switch (type) {
    case 'reply':
      return { type, displayText: 'Yes', postbackData: postbackFor(type, 'Yes', taken) };
    case 'openUrl':
      return { type, displayText: 'Open website', url: 'https://example.com', postbackData: postbackFor(type, 'Open website', taken) };
    case 'dialPhone':
      return { type, displayText: 'Call us', phone: '+14155550100', postbackData: postbackFor(type, 'Call us', taken) };
    case 'viewLocation':
      return {
        type,
        displayText: 'Find us',
        latitude: 37.7749,
        longitude: -122.4194,
        label: 'Our store',
        postbackData: postbackFor(type, 'Find us', taken),
      };
    case 'shareLocation':
      return { type, displayText: 'Share location', postbackData: postbackFor(type, 'Share location', taken) };
    case 'calendarEvent':
      return {
        type,
        displayText: 'Add to calendar',
        startTime: start,
        endTime: end,
        meetingTitle: 'Appointment',
        meetingDescription: '',
        postbackData: postbackFor(type, 'Add to calendar', taken),
      };
  }
}

export function postbacksOf(list: readonly RcsSuggestion[] | undefined): string[] {
  return (list ?? []).map((s) => s.postbackData ?? '').filter((p) => p !== '');
}

/** Every suggestion of a design with its JSON path: card chips first, then the message's. */
export function suggestionsOf(content: RcsContent): { path: string; s: RcsSuggestion }[] {
  const out: { path: string; s: RcsSuggestion }[] = [];
  const add = (list: readonly RcsSuggestion[] | undefined, at: string) => list?.forEach((s, i) => out.push({ path: `${at}[${i}]`, s }));
  if (content.type === 'standalone') add(content.richCard.suggestions, 'richCard.suggestions');
  if (content.type === 'carousel') content.cards.forEach((card, i) => add(card.suggestions, `cards[${i}].suggestions`));
  if (content.type !== 'agentEvent') add(content.suggestions, 'suggestions');
  return out;
}
