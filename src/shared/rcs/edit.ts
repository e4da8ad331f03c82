import { RCS_CAROUSEL_MAX_CARDS } from '../limits/rcs';
import type { RcsCarouselCard, RcsContent, RcsContentType, RcsRichCard } from './content';
import { RCS_SAMPLE_MEDIA, sampleMediaUrl } from './samples';

// Pure edits of an RcsContent. The designer's store calls these, so the rules of an edit (what a
// type change keeps, where a moved card lands) are unit-tested without a UI.

export type RcsCarousel = Extract<RcsContent, { type: 'carousel' }>;

const SAMPLE_IMAGE = sampleMediaUrl('parcel');

export function blankCard(n = 1): RcsCarouselCard {
  return {
    title: `Card ${n}`,
    description: 'Describe the offer',
    media: { url: sampleMediaUrl(RCS_SAMPLE_MEDIA[(n - 1) % RCS_SAMPLE_MEDIA.length]!), height: 'MEDIUM' },
  };
}

export function blankContent(type: RcsContentType): RcsContent {
  switch (type) {
    case 'text':
      return { type, text: '' };
    case 'media':
      return { type, mediaContentUrl: SAMPLE_IMAGE };
    case 'standalone':
      return {
        type,
        richCard: { orientation: 'VERTICAL', title: 'Card title', description: '', media: { url: SAMPLE_IMAGE, height: 'MEDIUM' } },
      };
    case 'carousel':
      return { type, width: 'MEDIUM', cards: [blankCard(1), blankCard(2)] };
    case 'agentEvent':
      return { type, event: 'IS_TYPING' };
  }
}

function firstCard(content: RcsContent): RcsCarouselCard | undefined {
  if (content.type === 'standalone') {
    const { orientation: _o, thumbnailAlignment: _t, ...card } = content.richCard;
    return card;
  }
  if (content.type === 'carousel') return content.cards[0];
  return undefined;
}

/** Switches the message type, keeping what still fits: message chips, text, the first card. */
export function changeType(content: RcsContent, type: RcsContentType): RcsContent {
  if (content.type === type) return content;
  const next = blankContent(type);
  const chips = content.type === 'agentEvent' ? undefined : content.suggestions;
  if (next.type !== 'agentEvent' && chips && chips.length > 0) next.suggestions = chips;
  const card = firstCard(content);
  if (next.type === 'standalone' && card) {
    const richCard: RcsRichCard = { orientation: 'VERTICAL', ...card };
    // A carousel card allows 2 chips, a rich card 4: nothing to trim in this direction.
    next.richCard = richCard;
  }
  if (next.type === 'carousel' && card) next.cards = [card, blankCard(2)];
  if (next.type === 'text' && card) next.text = [card.title, card.description].filter(Boolean).join('\n');
  if (next.type === 'media' && card?.media) next.mediaContentUrl = card.media.url;
  return next;
}

export function addCard(carousel: RcsCarousel): RcsCarousel {
  if (carousel.cards.length >= RCS_CAROUSEL_MAX_CARDS) return carousel;
  return { ...carousel, cards: [...carousel.cards, blankCard(carousel.cards.length + 1)] };
}

export function duplicateCard(carousel: RcsCarousel, index: number): RcsCarousel {
  const card = carousel.cards[index];
  if (!card || carousel.cards.length >= RCS_CAROUSEL_MAX_CARDS) return carousel;
  const copy = structuredClone(card);
  return { ...carousel, cards: [...carousel.cards.slice(0, index + 1), copy, ...carousel.cards.slice(index + 1)] };
}

export function deleteCard(carousel: RcsCarousel, index: number): RcsCarousel {
  if (index < 0 || index >= carousel.cards.length) return carousel;
  return { ...carousel, cards: carousel.cards.filter((_, i) => i !== index) };
}

/** Moves the card at `from` so it ends up at index `to` (clamped); other cards keep their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

export function moveCard(carousel: RcsCarousel, from: number, to: number): RcsCarousel {
  return { ...carousel, cards: moveItem(carousel.cards, from, to) };
}

/** Sets an optional string field, dropping the key when emptied so the JSON stays minimal. */
export function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | '' | undefined): T {
  const next = { ...obj };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
