import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { issuesAt, issuesUnder, type RcsIssue } from '../../../../shared/rcs/issues';

// Form controls that show the rule of their JSON path right at the field: a character counter
// as the limit nears, and every broken rule for that path.

export const IssuesContext = createContext<readonly RcsIssue[]>([]);
/** Warnings: shown at the field like issues, in amber, and never block a send. */
export const WarningsContext = createContext<readonly RcsIssue[]>([]);

export function useIssuesAt(path: string): RcsIssue[] {
  return issuesAt(useContext(IssuesContext), path);
}
export function useIssuesUnder(path: string): RcsIssue[] {
  return issuesUnder(useContext(IssuesContext), path);
}

export function FieldIssues({ path, id }: { path: string; id?: string }) {
  const issues = useIssuesAt(path);
  const warnings = issuesAt(useContext(WarningsContext), path);
  return (
    <>
      {issues.length > 0 && (
        <div className="field-error" id={id} role="alert" data-path={path}>
          {issues.map((i, n) => (
            <div key={n}>{i.message}</div>
          ))}
        </div>
      )}
      {warnings.length > 0 && (
        <div className="field-warning" data-path={path}>
          {warnings.map((w, n) => (
            <div key={n}>⚠ {w.message}</div>
          ))}
        </div>
      )}
    </>
  );
}

/**
 * "180 / 200" once 80% of the limit is used. Past it: red when the vendor documents the limit (an
 * issue blocks the send), amber when the limit comes from elsewhere (a warning, sent anyway).
 */
function Counter({ length, max, blocking }: { length: number; max: number; blocking: boolean }) {
  if (length < max * 0.8) return null;
  return (
    <span className={`rcs-counter${length > max ? (blocking ? ' over' : ' over-warn') : ''}`} aria-live="polite">
      {length} / {max}
    </span>
  );
}

interface TextFieldProps {
  label: string;
  path: string;
  value: string;
  onChange(value: string): void;
  max?: number;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: ReactNode;
  type?: string;
  mono?: boolean;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const issues = useIssuesAt(props.path);
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': issues.length > 0 || undefined,
    'aria-describedby': issues.length > 0 ? errorId : undefined,
    'data-path': props.path,
    className: props.mono ? 'mono' : undefined,
  };
  return (
    <div className={`field rcs-field${issues.length > 0 ? ' invalid' : ''}`}>
      <div className="rcs-label-row">
        <label htmlFor={id}>{props.label}</label>
        {props.max !== undefined && <Counter length={props.value.length} max={props.max} blocking={issues.length > 0} />}
      </div>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.hint && <div className="field-hint">{props.hint}</div>}
      <FieldIssues path={props.path} id={errorId} />
    </div>
  );
}

/**
 * A number typed as text: "-7" or "43." stay on screen while typed; the value updates whenever the
 * text reads as a number, and an unreadable text says so without touching the value.
 */
export function NumberField(props: {
  label: string;
  path: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  placeholder?: string;
  hint?: ReactNode;
  integer?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  const issues = useIssuesAt(props.path);
  useEffect(() => {
    // Follow outside changes (JSON view, undo) unless the text already means this value.
    setText((current) =>
      current.trim() !== '' && Number(current) === props.value ? current : props.value === undefined ? '' : String(props.value),
    );
  }, [props.value]);
  const unreadable = text.trim() !== '' && (!Number.isFinite(Number(text)) || (props.integer === true && !Number.isInteger(Number(text))));
  return (
    <div className={`field rcs-field${issues.length > 0 || unreadable ? ' invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        placeholder={props.placeholder}
        data-path={props.path}
        aria-invalid={issues.length > 0 || unreadable || undefined}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (next.trim() === '') props.onChange(undefined);
          else if (Number.isFinite(Number(next)) && (props.integer !== true || Number.isInteger(Number(next))))
            props.onChange(Number(next));
        }}
      />
      {props.hint && <div className="field-hint">{props.hint}</div>}
      {unreadable && <div className="field-error">not {props.integer ? 'a whole number' : 'a number'}: the last valid value is kept</div>}
      <FieldIssues path={props.path} />
    </div>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  path: string;
  value: T | undefined;
  options: readonly T[] | readonly { value: T; label: string }[];
  onChange(value: T): void;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  const id = useId();
  const options = props.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <div className="field rcs-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        disabled={props.disabled}
        data-path={props.path}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.value === undefined && <option value="">(not set)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint && <div className="field-hint">{props.hint}</div>}
      <FieldIssues path={props.path} />
    </div>
  );
}

/** A segmented choice, as radio buttons. */
export function Segmented<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  const name = useId();
  return (
    <fieldset className="rcs-segmented">
      <legend>{props.label}</legend>
      {props.options.map((o) => (
        <label key={o.value} className={o.value === props.value ? 'active' : undefined}>
          <input type="radio" name={name} value={o.value} checked={o.value === props.value} onChange={() => props.onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
