import { Component, useState, type ReactNode } from 'react';
import type { RcsPreview } from '../../../../shared/compose/preview';
import { isRecord } from '../../../../shared/is-record';
import type { RcsContent } from '../../../../shared/rcs/content';
import { RcsPhonePreview } from '../../components/RcsPhonePreview';
import { SmsPreviewView } from './SmsPreviewView';

/** A half-typed body must never take the page down: show what is wrong instead of the phone. */
class PreviewBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: string | null; key: string }> {
  override state = { failed: null as string | null, key: this.props.resetKey };
  static getDerivedStateFromError(error: Error) {
    return { failed: error.message };
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: { key: string }) {
    return props.resetKey === state.key ? null : { failed: null, key: props.resetKey };
  }
  override render() {
    if (this.state.failed !== null)
      return <p className="error-banner">This content cannot be drawn yet ({this.state.failed}). Check the JSON tab.</p>;
    return this.props.children;
  }
}

/** The RCS message in the shared phone preview, then the SMS fallback when it is on. */
export function RcsPreviewView(props: { preview: RcsPreview; sender: string }) {
  // Start in the look the app is in; the toggle shows the other one.
  const [theme, setTheme] = useState<'light' | 'dark'>(() =>
    getComputedStyle(document.documentElement).colorScheme.includes('dark') ? 'dark' : 'light',
  );
  const content = isRecord(props.preview.content) ? props.preview.content : {};
  return (
    <div className="rcs-preview">
      <div className="segmented" role="group" aria-label="Phone theme">
        <button type="button" aria-pressed={theme === 'light'} onClick={() => setTheme('light')}>
          Light phone
        </button>
        <button type="button" aria-pressed={theme === 'dark'} onClick={() => setTheme('dark')}>
          Dark phone
        </button>
      </div>
      <PreviewBoundary resetKey={JSON.stringify(content)}>
        <RcsPhonePreview content={content as RcsContent} theme={theme} agentName={props.sender || 'RCS agent'} label="RCS preview" />
      </PreviewBoundary>
      {props.preview.fallback && (
        <section className="fallback" aria-label="SMS fallback">
          <h3>SMS fallback</h3>
          <p className="field-hint">Sent instead when the handset cannot receive RCS.</p>
          <SmsPreviewView preview={props.preview.fallback} sender="SMS fallback" title="SMS fallback preview" />
        </section>
      )}
    </div>
  );
}
