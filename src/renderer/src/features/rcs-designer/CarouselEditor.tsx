import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  RCS_CAROUSEL_CARD_SUGGESTIONS_MAX,
  RCS_CAROUSEL_MAX_CARDS,
  RCS_CAROUSEL_MIN_CARDS,
  RCS_CAROUSEL_WIDTHS,
} from '../../../../shared/limits/rcs';
import { addCard, deleteCard, duplicateCard, moveCard, withOptional, type RcsCarousel } from '../../../../shared/rcs/edit';
import { CardFields } from './CardFields';
import { FieldIssues, SelectField, useIssuesUnder } from './fields';
import { SuggestionList } from './SuggestionList';

const DRAG_TYPE = 'application/x-relaydesk-card';

function CardPanel(props: {
  carousel: RcsCarousel;
  index: number;
  dragOver: boolean;
  onChange(next: RcsCarousel): void;
  onDragState(index: number | null): void;
  /** The card being dragged, kept by the editor: some drag sources hand drop no data. */
  dragFrom: { current: number | null };
  /** Heads only, so every card fits on screen while reordering. */
  compact: boolean;
}) {
  const { carousel, index } = props;
  const card = carousel.cards[index]!;
  const n = index + 1;
  const count = carousel.cards.length;
  const path = `cards[${index}]`;
  const broken = useIssuesUnder(path).length;
  const move = (to: number) => {
    props.onChange(moveCard(carousel, index, to));
    // Keep keyboard focus on the moved card's handle.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-card-handle="${Math.max(0, Math.min(count - 1, to))}"]`)?.focus(),
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (index > 0) move(index - 1);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      if (index < count - 1) move(index + 1);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    props.onDragState(null);
    const data = e.dataTransfer.getData(DRAG_TYPE);
    const from = data !== '' ? Number(data) : props.dragFrom.current;
    props.dragFrom.current = null;
    if (from !== null && Number.isInteger(from) && from !== index) props.onChange(moveCard(carousel, from, index));
  };
  const [open, setOpen] = useState(true);
  return (
    <li
      className={`rcs-card-panel${props.dragOver ? ' drag-over' : ''}${broken ? ' invalid' : ''}`}
      data-testid="rcs-card-panel"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) {
          e.preventDefault();
          props.onDragState(index);
        }
      }}
      onDragLeave={() => props.onDragState(null)}
      onDrop={onDrop}
    >
      <div className="rcs-card-head">
        <span
          className="rcs-drag-handle"
          draggable
          tabIndex={0}
          role="button"
          data-card-handle={index}
          aria-label={`Card ${n} of ${count}: drag, or press Alt+Left/Right to move`}
          title="Drag to reorder (or Alt+←/→)"
          onKeyDown={onKeyDown}
          onDragEnd={() => {
            props.dragFrom.current = null;
            props.onDragState(null);
          }}
          onDragStart={(e) => {
            props.dragFrom.current = index;
            e.dataTransfer.setData(DRAG_TYPE, String(index));
            e.dataTransfer.effectAllowed = 'move';
          }}
        >
          ⠿
        </span>
        <button
          type="button"
          className="rcs-card-toggle"
          aria-expanded={open && !props.compact}
          disabled={props.compact}
          onClick={() => setOpen(!open)}
        >
          Card {n}
          <span className="rcs-card-name">{card.title ? ` — ${card.title}` : ''}</span>
          {broken > 0 && <span className="rcs-badge-error">{broken} to fix</span>}
        </button>
        <span className="rcs-spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label={`Move card ${n} left`}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          ←
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move card ${n} right`}
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          →
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Duplicate card ${n}`}
          disabled={count >= RCS_CAROUSEL_MAX_CARDS}
          onClick={() => props.onChange(duplicateCard(carousel, index))}
        >
          ❐
        </button>
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Delete card ${n}`}
          onClick={() => props.onChange(deleteCard(carousel, index))}
        >
          ✕
        </button>
      </div>
      {open && !props.compact && (
        <div className="rcs-card-fields">
          <CardFields
            path={path}
            card={card}
            onChange={(next) => props.onChange({ ...carousel, cards: carousel.cards.map((c, i) => (i === index ? next : c)) })}
          />
          <SuggestionList
            title="Card suggestions"
            path={`${path}.suggestions`}
            list={card.suggestions}
            max={RCS_CAROUSEL_CARD_SUGGESTIONS_MAX}
            limitLabel="per carousel card"
            onChange={(suggestions) =>
              props.onChange({
                ...carousel,
                cards: carousel.cards.map((c, i) => (i === index ? withOptional(c, 'suggestions', suggestions) : c)),
              })
            }
          />
        </div>
      )}
    </li>
  );
}

export function CarouselEditor({ carousel, onChange }: { carousel: RcsCarousel; onChange(next: RcsCarousel): void }) {
  const [dragOver, setDragOver] = useState<number | null>(null);
  const dragFrom = useRef<number | null>(null);
  const [compact, setCompact] = useState(false);
  const count = carousel.cards.length;
  return (
    <section className="rcs-carousel-editor" aria-label="Carousel">
      <SelectField
        label="Card width"
        path="width"
        value={carousel.width}
        options={RCS_CAROUSEL_WIDTHS}
        onChange={(width) => onChange({ ...carousel, width })}
      />
      <div className="rcs-section-head">
        <h3>Cards</h3>
        <button type="button" className="link-button" aria-pressed={compact} onClick={() => setCompact(!compact)}>
          {compact ? 'Expand all' : 'Collapse all'}
        </button>
        <span className="rcs-spacer" />
        {/* Google RBM's range, not the vendor's: amber, as its warning. */}
        <span className={`rcs-count${count < RCS_CAROUSEL_MIN_CARDS || count > RCS_CAROUSEL_MAX_CARDS ? ' over-warn' : ''}`}>
          {count} of {RCS_CAROUSEL_MIN_CARDS}–{RCS_CAROUSEL_MAX_CARDS} cards
        </span>
      </div>
      <FieldIssues path="cards" />
      <ol className="rcs-card-list">
        {carousel.cards.map((_, i) => (
          <CardPanel
            key={i}
            carousel={carousel}
            index={i}
            dragOver={dragOver === i}
            onChange={onChange}
            onDragState={setDragOver}
            dragFrom={dragFrom}
            compact={compact}
          />
        ))}
      </ol>
      <button type="button" className="button" disabled={count >= RCS_CAROUSEL_MAX_CARDS} onClick={() => onChange(addCard(carousel))}>
        + Add card
      </button>
      {count >= RCS_CAROUSEL_MAX_CARDS && (
        <span className="field-hint">
          {' '}
          Carousels take {RCS_CAROUSEL_MIN_CARDS} to {RCS_CAROUSEL_MAX_CARDS} cards (Google RBM&apos;s limit, not in the vendor&apos;s
          docs).
        </span>
      )}
    </section>
  );
}
