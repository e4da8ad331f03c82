import { useState } from 'react';
import { errorMessage } from '../../api-errors';
import { copyText } from '../../components/browser-io';

/** A button that copies `text` and says so for a moment. */
export function CopyButton(props: { text: string; label: string; className?: string; disabled?: boolean }) {
  const [state, setState] = useState<'idle' | 'copied' | string>('idle');
  const copy = async () => {
    try {
      await copyText(props.text);
      setState('copied');
    } catch (error) {
      setState(errorMessage(error));
    }
    setTimeout(() => setState('idle'), 1800);
  };
  return (
    <button
      type="button"
      className={props.className ?? 'button'}
      disabled={props.disabled}
      onClick={() => void copy()}
      title={state !== 'idle' && state !== 'copied' ? state : undefined}
    >
      {state === 'copied' ? 'Copied ✓' : state === 'idle' ? props.label : 'Copy failed'}
    </button>
  );
}
