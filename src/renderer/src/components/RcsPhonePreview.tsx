import { useState, type ReactNode } from 'react';
import { RCS_CARD_DESCRIPTION_MAX_CHARS, RCS_CARD_TITLE_MAX_CHARS, RCS_SUGGESTION_TEXT_MAX_CHARS } from '../../../shared/limits/rcs';
import type { RcsCarouselCard, RcsContent, RcsMedia, RcsSuggestion } from '../../../shared/rcs/content';
import { mediaTypeFromUrl } from '../../../shared/rcs/media';
import { previewMediaUrl } from './sample-media';
import './RcsPhonePreview.css';

/*
 * A handset-like rendering of an RCS `content` object: bubbles, rich cards at their media height,
 * horizontal thumbnails, a swipeable carousel and chip rows, in the phone's light or dark look
 * (independent of the app theme, as a real phone would be). It renders whatever it is given,
 * rule-breaking or not, so it can preview work in progress; text past a limit phones cut (the
 * ones rcs-warnings names) is cut here too, so the preview agrees with the warning.
 */

export type PhoneTheme = 'light' | 'dark';

export interface RcsPhonePreviewProps {
  content: RcsContent;
  theme?: PhoneTheme;
  /** Shown in the phone's title bar. */
  agentName?: string;
  /** Accessible name of the whole preview. */
  label?: string;
}

const CHIP_ICONS: Record<RcsSuggestion['type'], string> = {
  reply: '',
  // Symbols every desktop font has (emoji fonts are missing on many Linux systems).
  openUrl: '↗',
  dialPhone: '☎',
  viewLocation: '◉',
  shareLocation: '➤',
  calendarEvent: '◷',
};

/** `$(name)` placeholders stay visible, marked, so the user sees what gets substituted. */
function WithPlaceholders({ text }: { text: string }) {
  const parts = text.split(/(\$\([^)]+\))/g);
  return (
    <>
      {parts.map((part, i) =>
        /^\$\([^)]+\)$/.test(part) ? (
          <mark key={i} className="rcs-placeholder">
            {part}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

function MediaView({ url, className, style }: { url: string; className: string; style?: React.CSSProperties }) {
  const [failed, setFailed] = useState<string | null>(null);
  const kind = mediaTypeFromUrl(url).kind;
  if (url.trim() === '' || failed === url) {
    return (
      <div className={`${className} rcs-media-broken`} style={style} role="img" aria-label="media could not load">
        <span aria-hidden="true">⚠</span>
        <span>{url.trim() === '' ? 'no media URL' : 'media could not load'}</span>
      </div>
    );
  }
  if (kind === 'video' || kind === 'audio' || kind === 'pdf') {
    return (
      <div className={`${className} rcs-media-file`} style={style} role="img" aria-label={`${kind} ${url}`}>
        <span className="rcs-media-play" aria-hidden="true">
          {kind === 'video' ? '▶' : kind === 'audio' ? '♪' : '▤'}
        </span>
        <span className="rcs-media-name">{url.split(/[?#]/)[0]?.split('/').pop()}</span>
      </div>
    );
  }
  return <img className={className} style={style} src={previewMediaUrl(url)} alt="" onError={() => setFailed(url)} />;
}

/**
 * Text as a handset shows it: past `max` characters (counted as the warnings count them) it is cut
 * with an ellipsis. Screen readers get the whole text instead, as one run (a hidden rest after the
 * cut would be read as a separate word); the element's `title` (see `cutTitle`) shows it on hover.
 */
function HandsetText({ text, max, placeholders }: { text: string; max: number; placeholders?: boolean }) {
  const chars = [...text];
  const show = (part: string) => (placeholders ? <WithPlaceholders text={part} /> : part);
  if (chars.length <= max) return <>{show(text)}</>;
  // One element, so a flex chip does not put its gap between the text and the ellipsis.
  return (
    <span>
      <span aria-hidden="true">{show(`${chars.slice(0, max).join('')}…`)}</span>
      <span className="visually-hidden">{show(text)}</span>
    </span>
  );
}

/** The full text as a hover title when a phone would cut it, before any other `detail`. */
function cutTitle(text: string, max: number, detail?: string): string | undefined {
  const full = [...text].length > max ? `${text} (phones cut it after ${max} characters)` : undefined;
  return [full, detail].filter(Boolean).join('\n') || undefined;
}

function SuggestionText({ s }: { s: RcsSuggestion }) {
  return s.displayText ? <HandsetText text={s.displayText} max={RCS_SUGGESTION_TEXT_MAX_CHARS} /> : '\u00a0';
}

function Chip({ s }: { s: RcsSuggestion }) {
  const icon = CHIP_ICONS[s.type];
  const detail = `${s.type}${s.postbackData ? ` · ${s.postbackData}` : ''}`;
  return (
    <span className={`rcs-chip rcs-chip-${s.type}`} title={cutTitle(s.displayText, RCS_SUGGESTION_TEXT_MAX_CHARS, detail)}>
      {icon && (
        <span className="rcs-chip-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <SuggestionText s={s} />
    </span>
  );
}

function ChipRow({ suggestions }: { suggestions: readonly RcsSuggestion[] | undefined }) {
  if (!suggestions?.length) return null;
  return (
    <div className="rcs-chip-row" aria-label="suggestions">
      {suggestions.map((s, i) => (
        <Chip key={i} s={s} />
      ))}
    </div>
  );
}

function CardActions({ suggestions }: { suggestions: readonly RcsSuggestion[] | undefined }) {
  if (!suggestions?.length) return null;
  return (
    <div className="rcs-card-actions">
      {suggestions.map((s, i) => (
        <span key={i} className="rcs-card-action" title={cutTitle(s.displayText, RCS_SUGGESTION_TEXT_MAX_CHARS)}>
          {CHIP_ICONS[s.type] && <span aria-hidden="true">{CHIP_ICONS[s.type]} </span>}
          <SuggestionText s={s} />
        </span>
      ))}
    </div>
  );
}

function CardText({ card }: { card: RcsCarouselCard }) {
  return (
    <div className="rcs-card-text">
      {card.title && (
        <div className="rcs-card-title" title={cutTitle(card.title, RCS_CARD_TITLE_MAX_CHARS)}>
          <HandsetText text={card.title} max={RCS_CARD_TITLE_MAX_CHARS} placeholders />
        </div>
      )}
      {card.description && (
        <div className="rcs-card-description" title={cutTitle(card.description, RCS_CARD_DESCRIPTION_MAX_CHARS)}>
          <HandsetText text={card.description} max={RCS_CARD_DESCRIPTION_MAX_CHARS} placeholders />
        </div>
      )}
    </div>
  );
}

function heightClass(media: RcsMedia | undefined): string {
  return `rcs-h-${(media?.height ?? 'MEDIUM').toLowerCase()}`;
}

function RichCardView(props: { card: RcsCarouselCard; horizontal?: boolean; thumbnailRight?: boolean; width?: 'SMALL' | 'MEDIUM' }) {
  const { card, horizontal, thumbnailRight, width } = props;
  const classes = ['rcs-card', horizontal ? 'rcs-card-horizontal' : 'rcs-card-vertical'];
  if (thumbnailRight) classes.push('rcs-thumb-right');
  if (width) classes.push(`rcs-card-${width.toLowerCase()}`);
  return (
    <div className={classes.join(' ')} data-testid="rcs-card">
      {card.media && <MediaView url={card.media.url} className={`rcs-card-media ${horizontal ? '' : heightClass(card.media)}`} />}
      <div className="rcs-card-body">
        <CardText card={card} />
        <CardActions suggestions={card.suggestions} />
      </div>
    </div>
  );
}

function Message({ content }: { content: RcsContent }): ReactNode {
  switch (content.type) {
    case 'text':
      return (
        <div className="rcs-bubble">
          {content.text ? <WithPlaceholders text={content.text} /> : <span className="rcs-empty">(no text yet)</span>}
        </div>
      );
    case 'media':
      return <MediaView url={content.mediaContentUrl} className="rcs-media-message" />;
    case 'standalone': {
      const { richCard } = content;
      const horizontal = richCard.orientation === 'HORIZONTAL';
      return (
        <RichCardView card={richCard} horizontal={horizontal} thumbnailRight={horizontal && richCard.thumbnailAlignment === 'RIGHT'} />
      );
    }
    case 'carousel':
      return (
        <div className="rcs-carousel" tabIndex={0} aria-label={`carousel of ${content.cards.length} cards`}>
          {content.cards.map((card, i) => (
            <RichCardView key={i} card={card} width={content.width} />
          ))}
        </div>
      );
    case 'agentEvent':
      return content.event === 'IS_TYPING' ? (
        <div className="rcs-bubble rcs-typing" aria-label="agent is typing">
          <span />
          <span />
          <span />
        </div>
      ) : (
        <div className="rcs-read-event">
          <div className="rcs-bubble rcs-user">Your message</div>
          <div className="rcs-receipt">Read{content.messageId ? ` · ${content.messageId.slice(0, 8)}…` : ''}</div>
        </div>
      );
  }
}

export function RcsPhonePreview({ content, theme = 'light', agentName = 'Your brand', label = 'Phone preview' }: RcsPhonePreviewProps) {
  const suggestions = content.type === 'agentEvent' ? undefined : content.suggestions;
  return (
    <figure className="rcs-phone" data-phone-theme={theme} aria-label={label} data-testid="rcs-phone">
      <div className="rcs-phone-notch" aria-hidden="true" />
      <header className="rcs-phone-bar">
        <span className="rcs-phone-back" aria-hidden="true">
          ‹
        </span>
        <span className="rcs-avatar" aria-hidden="true">
          {agentName.slice(0, 1).toUpperCase()}
        </span>
        <span className="rcs-agent">
          {agentName}
          <span className="rcs-verified" title="verified sender">
            ✓
          </span>
        </span>
      </header>
      <div className="rcs-phone-screen">
        <div className="rcs-thread">
          <Message content={content} />
        </div>
        <ChipRow suggestions={suggestions} />
      </div>
      <footer className="rcs-phone-compose" aria-hidden="true">
        <span>RCS message</span>
      </footer>
    </figure>
  );
}
