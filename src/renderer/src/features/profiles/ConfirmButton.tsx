import { useEffect, useRef, useState } from 'react';

/**
 * A destructive action that asks first, in place: the first click shows the question with a
 * confirm button (focused, so Enter confirms and Escape backs out).
 */
export function ConfirmButton(props: { label: string; confirmLabel: string; question: string; onConfirm(): void | Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="button danger" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={props.question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span>{props.question}</span>
      <button
        type="button"
        ref={confirmRef}
        className="button danger-solid"
        onClick={() => {
          setAsking(false);
          void props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
