import { useId, useState, type ReactNode } from 'react';
import { formatPath } from '../../../../shared/errors';
import { getIn } from './body-edit';
import { useComposeStore } from './compose-store';
import { useFieldErrors } from './validation';

type Path = readonly (string | number)[];

export function FieldErrors(props: { path: Path; below?: boolean }) {
  const errors = useFieldErrors(props.path, { below: props.below ?? false });
  if (errors.length === 0) return null;
  return (
    <>
      {errors.map((e) => (
        <span key={e.path + e.message} className="field-error" role="alert">
          {e.path === formatPath(props.path) ? e.message : `${e.path}: ${e.message}`}
        </span>
      ))}
    </>
  );
}

/** A text input bound to one path of the request body. */
export function TextField(props: {
  label: string;
  path: Path;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: ReactNode;
  type?: string;
  mono?: boolean;
  list?: string;
  /** Store a number rather than the text typed (validity, priority). */
  numeric?: boolean;
}) {
  const id = useId();
  const value = useComposeStore((s) => getIn(s.body, props.path));
  const setField = useComposeStore((s) => s.setField);
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const common = {
    id,
    value: text,
    placeholder: props.placeholder,
    className: props.mono ? 'mono' : undefined,
    onChange: (e: { target: { value: string } }) =>
      setField(
        props.path,
        e.target.value === ''
          ? undefined
          : props.numeric && Number.isFinite(Number(e.target.value))
            ? Number(e.target.value)
            : e.target.value,
      ),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea rows={props.rows ?? 4} {...common} />
      ) : (
        <input type={props.type ?? 'text'} list={props.list} {...common} />
      )}
      {props.hint && <span className="field-hint">{props.hint}</span>}
      <FieldErrors path={props.path} />
    </div>
  );
}

/** Addresses as typed in one line: commas, semicolons or spaces between them. */
export function splitList(text: string): string[] {
  return text.split(/[\s,;]+/).filter((item) => item !== '');
}

function sameList(typed: string[], value: unknown): boolean {
  if (value === undefined) return typed.length === 0;
  return Array.isArray(value) && value.length === typed.length && value.every((item, i) => item === typed[i]);
}

/**
 * A one-line list (cc, bcc) bound to an array of strings in the body. The text keeps what the user
 * typed (a trailing comma, spaces) while it still means the same list; an edit in the JSON tab shows here.
 */
export function ListField(props: { label: string; path: Path; placeholder?: string; hint?: ReactNode }) {
  const id = useId();
  const value = useComposeStore((s) => getIn(s.body, props.path));
  const setField = useComposeStore((s) => s.setField);
  const [typed, setTyped] = useState('');
  const fromBody = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : '';
  const text = sameList(splitList(typed), value) ? typed : fromBody;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={props.placeholder}
        onChange={(e) => {
          setTyped(e.target.value);
          const list = splitList(e.target.value);
          setField(props.path, list.length === 0 ? undefined : list);
        }}
      />
      {props.hint && <span className="field-hint">{props.hint}</span>}
      <FieldErrors path={props.path} below />
    </div>
  );
}

/** A checkbox for a boolean option; unchecked removes the key rather than sending false. */
export function CheckField(props: { label: string; path: Path; hint?: string }) {
  const value = useComposeStore((s) => getIn(s.body, props.path));
  const setField = useComposeStore((s) => s.setField);
  return (
    <label className="check" title={props.hint}>
      <input
        type="checkbox"
        checked={value === true || value === 'true'}
        onChange={(e) => setField(props.path, e.target.checked ? true : undefined)}
      />
      {props.label}
    </label>
  );
}

export function SelectField(props: { label: string; path: Path; options: { value: string; label: string }[]; numeric?: boolean }) {
  const id = useId();
  const value = useComposeStore((s) => getIn(s.body, props.path));
  const setField = useComposeStore((s) => s.setField);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => setField(props.path, e.target.value === '' ? undefined : props.numeric ? Number(e.target.value) : e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors path={props.path} />
    </div>
  );
}
