import { useState } from 'react';
import type { RcsSuggestion, RcsSuggestionType } from '../../../../shared/rcs/content';
import { moveItem, withOptional } from '../../../../shared/rcs/edit';
import { RCS_SUGGESTION_TEXT_MAX_CHARS, RCS_SUGGESTION_TYPES } from '../../../../shared/limits/rcs';
import { newSuggestion, postbackFor, postbacksOf, suggestionsOf, SUGGESTION_LABELS } from '../../../../shared/rcs/suggestions';
import { useDesignerStore } from './designer-store';
import { FieldIssues, NumberField, TextField, useIssuesUnder } from './fields';

const TYPE_OPTIONS = RCS_SUGGESTION_TYPES.map((t) => ({ value: t, label: SUGGESTION_LABELS[t] }));

/** ISO 8601 (any offset) <-> the value of a datetime-local input, shown and typed in UTC. */
function isoToLocalInput(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 16);
}
function localInputToIso(value: string): string {
  return value === '' ? '' : `${value}:00Z`;
}

function TypeFields({ s, path, onChange }: { s: RcsSuggestion; path: string; onChange(next: RcsSuggestion): void }) {
  switch (s.type) {
    case 'reply':
    case 'shareLocation':
      return null;
    case 'openUrl':
      return (
        <TextField label="URL" path={`${path}.url`} value={s.url} placeholder="https://" onChange={(url) => onChange({ ...s, url })} />
      );
    case 'dialPhone':
      return (
        <TextField
          label="Phone (E.164)"
          path={`${path}.phone`}
          value={s.phone}
          placeholder="+14155550100"
          hint="+ country code and number, no spaces"
          onChange={(phone) => onChange({ ...s, phone })}
        />
      );
    case 'viewLocation': {
      const set = (key: 'latitude' | 'longitude' | 'address' | 'query' | 'label', value: string | number | undefined) => {
        const next = { ...s } as Record<string, unknown>;
        if (value === undefined || value === '') delete next[key];
        else next[key] = value;
        onChange(next as RcsSuggestion);
      };
      return (
        <>
          <div className="rcs-row">
            <NumberField
              label="Latitude"
              path={`${path}.latitude`}
              value={s.latitude}
              placeholder="43.649269"
              onChange={(v) => set('latitude', v)}
            />
            <NumberField
              label="Longitude"
              path={`${path}.longitude`}
              value={s.longitude}
              placeholder="-79.378423"
              onChange={(v) => set('longitude', v)}
            />
          </div>
          <div className="rcs-row">
            <TextField
              label="Query (instead of lat/long)"
              path={`${path}.query`}
              value={s.query ?? ''}
              placeholder="coffee near me"
              onChange={(v) => set('query', v)}
            />
            <TextField label="Address" path={`${path}.address`} value={s.address ?? ''} onChange={(v) => set('address', v)} />
          </div>
          <TextField
            label="Pin label"
            path={`${path}.label`}
            value={s.label ?? ''}
            placeholder="Our store"
            onChange={(v) => set('label', v)}
          />
        </>
      );
    }
    case 'calendarEvent':
      return (
        <>
          <div className="rcs-row">
            <TextField
              label="Starts (UTC)"
              type="datetime-local"
              path={`${path}.startTime`}
              value={isoToLocalInput(s.startTime)}
              onChange={(v) => onChange({ ...s, startTime: localInputToIso(v) })}
            />
            <TextField
              label="Ends (UTC)"
              type="datetime-local"
              path={`${path}.endTime`}
              value={isoToLocalInput(s.endTime)}
              onChange={(v) => onChange({ ...s, endTime: localInputToIso(v) })}
            />
          </div>
          <TextField
            label="Event title"
            path={`${path}.meetingTitle`}
            value={s.meetingTitle}
            onChange={(meetingTitle) => onChange({ ...s, meetingTitle })}
          />
          <TextField
            label="Event description"
            path={`${path}.meetingDescription`}
            value={s.meetingDescription ?? ''}
            multiline
            rows={2}
            onChange={(v) => onChange(withOptional(s, 'meetingDescription', v))}
          />
        </>
      );
  }
}

function SuggestionEditor(props: {
  s: RcsSuggestion;
  index: number;
  count: number;
  path: string;
  taken: string[];
  onChange(next: RcsSuggestion): void;
  onRemove(): void;
  onMove(to: number): void;
}) {
  const { s, index, path } = props;
  const broken = useIssuesUnder(path).length > 0;
  const otherPostbacks = props.taken.filter((p) => p !== s.postbackData);
  const changeType = (type: RcsSuggestionType) => {
    const next = newSuggestion(type, otherPostbacks);
    next.displayText = s.displayText;
    next.postbackData = postbackFor(type, s.displayText, otherPostbacks);
    props.onChange(next);
  };
  const changeText = (displayText: string) => {
    // The postbackData follows the label while it is still the generated one.
    const generated = s.postbackData !== undefined && s.postbackData.startsWith(postbackFor(s.type, s.displayText));
    props.onChange({
      ...s,
      displayText,
      ...(generated || s.postbackData === undefined ? { postbackData: postbackFor(s.type, displayText, otherPostbacks) } : {}),
    });
  };
  return (
    <li className={`rcs-suggestion${broken ? ' invalid' : ''}`} data-testid="rcs-suggestion">
      <div className="rcs-suggestion-head">
        <span className="rcs-index">{index + 1}</span>
        <select
          aria-label={`Suggestion ${index + 1} type`}
          value={s.type}
          onChange={(e) => changeType(e.target.value as RcsSuggestionType)}
        >
          {TYPE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <span className="rcs-spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label={`Move suggestion ${index + 1} up`}
          disabled={index === 0}
          onClick={() => props.onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move suggestion ${index + 1} down`}
          disabled={index === props.count - 1}
          onClick={() => props.onMove(index + 1)}
        >
          ↓
        </button>
        <button type="button" className="icon-button danger" aria-label={`Remove suggestion ${index + 1}`} onClick={props.onRemove}>
          ✕
        </button>
      </div>
      <FieldIssues path={path} />
      <div className="rcs-row">
        <TextField
          label="Chip text"
          path={`${path}.displayText`}
          value={s.displayText}
          max={RCS_SUGGESTION_TEXT_MAX_CHARS}
          onChange={changeText}
        />
        <TextField
          label="postbackData"
          path={`${path}.postbackData`}
          value={s.postbackData ?? ''}
          mono
          hint="Sent back to your chatbot when tapped"
          onChange={(postbackData) =>
            props.onChange(s.type === 'reply' ? { ...s, postbackData } : withOptional(s, 'postbackData', postbackData))
          }
        />
      </div>
      <TypeFields s={s} path={path} onChange={props.onChange} />
    </li>
  );
}

/** The suggestions of a message, a rich card or a carousel card, with their own limit. */
export function SuggestionList(props: {
  title: string;
  path: string;
  list: RcsSuggestion[] | undefined;
  max: number;
  /** e.g. "per rich card" */
  limitLabel: string;
  onChange(next: RcsSuggestion[] | undefined): void;
}) {
  const list = props.list ?? [];
  const [addType, setAddType] = useState<RcsSuggestionType>('reply');
  // Generated postbackData stays unique across the whole design, not only this list.
  const content = useDesignerStore((s) => s.content);
  const taken = postbacksOf(suggestionsOf(content).map(({ s }) => s));
  const set = (next: RcsSuggestion[]) => props.onChange(next.length === 0 ? undefined : next);
  const full = list.length >= props.max;
  return (
    <section className="rcs-suggestions" aria-label={props.title}>
      <div className="rcs-section-head">
        <h4>{props.title}</h4>
        <span className={`rcs-count${list.length > props.max ? ' over' : ''}`}>
          {list.length} of {props.max} {props.limitLabel}
        </span>
      </div>
      <FieldIssues path={props.path} />
      {list.length > 0 && (
        <ol className="rcs-suggestion-list">
          {list.map((s, i) => (
            <SuggestionEditor
              key={i}
              s={s}
              index={i}
              count={list.length}
              path={`${props.path}[${i}]`}
              taken={taken}
              onChange={(next) => set(list.map((x, j) => (j === i ? next : x)))}
              onRemove={() => set(list.filter((_, j) => j !== i))}
              onMove={(to) => set(moveItem(list, i, to))}
            />
          ))}
        </ol>
      )}
      <div className="rcs-add-row">
        <select
          aria-label={`Type of the new ${props.title.toLowerCase()} entry`}
          value={addType}
          onChange={(e) => setAddType(e.target.value as RcsSuggestionType)}
        >
          {TYPE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={full}
          title={full ? `At most ${props.max} ${props.limitLabel}` : undefined}
          onClick={() => set([...list, newSuggestion(addType, taken)])}
        >
          + Add suggestion
        </button>
        {full && (
          <span className="field-hint">
            Limit reached: at most {props.max} {props.limitLabel}.
          </span>
        )}
      </div>
    </section>
  );
}
