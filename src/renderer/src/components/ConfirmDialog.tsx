import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './confirm-dialog.css';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal question: focus moves in and stays in (Tab wraps), Esc cancels, Enter confirms (plain
 * Enter only: a repeated Ctrl/Cmd+Enter must not confirm what it just opened), and focus returns
 * to where it was when it closes.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const { onCancel } = props;

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (confirmButton.current && !confirmButton.current.disabled ? confirmButton.current : dialog.current)?.focus();
    return () => before?.focus();
  }, []);
  // Opened while still checking: once the answer can be confirmed, the confirm button takes focus.
  useEffect(() => {
    if (!props.confirmDisabled && document.activeElement === dialog.current) confirmButton.current?.focus();
  }, [props.confirmDisabled]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Enter on another button presses that button; anywhere else it confirms.
      if (event.target instanceof HTMLButtonElement && event.target !== confirmButton.current) return;
      event.preventDefault();
      if (!props.confirmDisabled) props.onConfirm();
    } else if (event.key === 'Tab') {
      const items = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      if (items.length === 0) {
        event.preventDefault();
        return;
      }
      const first = items[0]!;
      const last = items.at(-1)!;
      if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    // A click beside the dialog does nothing: the second click of a double-click lands there.
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{props.title}</h2>
        <div className="dialog-body">{props.children}</div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button ref={confirmButton} type="button" className="button primary" disabled={props.confirmDisabled} onClick={props.onConfirm}>
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
