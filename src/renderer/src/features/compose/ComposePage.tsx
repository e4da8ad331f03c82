import { useEffect, useMemo, useState } from 'react';
import type { ComposeChannel } from '../../../../shared/compose/model';
import type { ApiVersion } from '../../../../shared/api/api-version';
import { previewRecipient } from '../../../../shared/compose/preview';
import { listRecipients } from '../../../../shared/compose/recipients';
import { PageHeader } from '../../components/PageHeader';
import { SmsFields, EmailFields, RcsFields, V1Fields } from './ChannelFields';
import { DeliveryFields, SenderFields } from './CommonFields';
import { useComposeStore } from './compose-store';
import { BatchPlanLine } from './BatchPlanLine';
import { DraftsMenu } from './DraftsMenu';
import { JsonEditor } from './JsonEditor';
import { useLivePlan } from './plan-store';
import { PreviewPane } from './PreviewPane';
import { RecipientsEditor } from './RecipientsEditor';
import { SaveTemplateForm } from './SaveTemplateForm';
import { ConfirmSendDialog } from './ConfirmSendDialog';
import { FirstRunGuide } from './FirstRunGuide';
import { SendStatus, useSendActions, useSendLocked } from './SendBar';
import { useSendStore } from './send-store';
import { SubstitutionsEditor } from './SubstitutionsEditor';
import { useValidation } from './validation';
import './open-draft';
import './compose.css';

const CHANNELS: { api: ApiVersion; channel: ComposeChannel; label: string }[] = [
  { api: 'v2', channel: 'sms', label: 'SMS' },
  { api: 'v2', channel: 'email', label: 'Email' },
  { api: 'v2', channel: 'rcs', label: 'RCS' },
];
const V1_CHANNELS: ComposeChannel[] = ['sms', 'voice', 'push', 'rt', 'appmessaging', 'fb', 'twitter', 'wa', 'wechat'];

function useComposeShortcuts(send: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // The confirmation is modal: no undo or second send behind it.
      if (useSendStore.getState().pending !== null) return;
      const key = event.key.toLowerCase();
      if (key === 'enter') {
        event.preventDefault();
        send();
      } else if (key === 'z' || key === 'y') {
        // Our own undo: one history across form and JSON, so undo in one shows in the other.
        event.preventDefault();
        if (key === 'y' || event.shiftKey) useComposeStore.getState().redo();
        else useComposeStore.getState().undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);
}

function SaveState() {
  const saving = useComposeStore((s) => s.saving);
  const saveError = useComposeStore((s) => s.saveError);
  if (saving === 'error') return <span className="field-error">Draft not saved: {saveError}</span>;
  return <span className="muted save-state">{saving === 'pending' ? 'Saving…' : saving === 'saved' ? 'Draft saved' : ''}</span>;
}

export function ComposePage() {
  const { api: apiVersion, channel, past, future, jsonError, body, recipientIndex } = useComposeStore();
  const busy = useSendLocked();
  const [tab, setTab] = useState<'form' | 'json'>('form');
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const issues = useValidation();
  const { send, sendTest } = useSendActions();
  useComposeShortcuts(send);
  useLivePlan();
  useEffect(() => {
    void useComposeStore.getState().init();
  }, []);
  const currentValues = useMemo(() => {
    const recipients = listRecipients(body);
    const current = recipients[Math.min(recipientIndex, recipients.length - 1)] ?? null;
    return { ...(current?.values ?? {}) };
  }, [body, recipientIndex]);
  const missing = useMemo(() => previewRecipient(body, null).missing, [body]);
  const switchChannel = useComposeStore((s) => s.switchChannel);
  const newDraft = useComposeStore((s) => s.newDraft);
  const switchedFrom = useComposeStore((s) => s.switchedFrom);

  return (
    <div className="page compose-page">
      <PageHeader
        title="Compose"
        subtitle="Write once; see what every recipient gets before you send."
        actions={
          <>
            <SaveState />
            <DraftsMenu />
            <button type="button" className="button" onClick={() => setSaving((v) => !v)}>
              Save as template
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || jsonError !== null}
              onClick={() => sendTest(currentValues)}
              title="Sends this draft to your own test numbers / addresses (Settings → Test recipients)"
            >
              Send test to me
            </button>
            <button type="button" className="button primary" disabled={busy || jsonError !== null} onClick={send} title="Ctrl/Cmd+Enter">
              Send
            </button>
          </>
        }
      />
      {saving && (
        <SaveTemplateForm
          onCancel={() => setSaving(false)}
          onDone={(message) => {
            setSaving(false);
            setNotice(message);
          }}
        />
      )}
      {notice && (
        <p className="notice card" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      <SendStatus />
      <ConfirmSendDialog />
      <FirstRunGuide />

      <div className="channel-bar" role="toolbar" aria-label="Channel">
        {CHANNELS.map((c) => (
          <button
            key={c.channel}
            type="button"
            className={`tab ${apiVersion === c.api && channel === c.channel ? 'active' : ''}`}
            aria-pressed={apiVersion === c.api && channel === c.channel}
            onClick={() => switchChannel(c.api, c.channel)}
            title={`${c.label}: your work in each channel is kept while you look at another`}
          >
            {c.label}
          </button>
        ))}
        <label className="v1-pick">
          <span className="muted">API v1:</span>
          <select
            aria-label="API v1 channel"
            value={apiVersion === 'v1' ? channel : ''}
            onChange={(e) => e.target.value && switchChannel('v1', e.target.value as ComposeChannel)}
          >
            <option value="">choose…</option>
            {V1_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          title="Start over with this channel's starter; the current work stays in Drafts"
          onClick={() => {
            // Read the channel at click time: a click right after a channel switch can land before
            // React re-renders, and this render's values would start a draft of the old channel.
            const now = useComposeStore.getState();
            newDraft(now.api, now.channel);
          }}
        >
          New draft
        </button>
        <button
          type="button"
          className="button"
          disabled={past.length === 0 && switchedFrom === null}
          onClick={() => useComposeStore.getState().undo()}
          title={past.length === 0 && switchedFrom ? `Back to the ${switchedFrom.channel.toUpperCase()} work (Ctrl/Cmd+Z)` : 'Ctrl/Cmd+Z'}
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          disabled={future.length === 0}
          onClick={() => useComposeStore.getState().redo()}
          title="Shift+Ctrl/Cmd+Z"
        >
          Redo
        </button>
        <span className="spacer" />
        <BatchPlanLine />
      </div>

      <div className="compose-grid">
        <section className="editor card" aria-label="Editor">
          <div className="tabs" role="tablist">
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'form'}
              className={`tab ${tab === 'form' ? 'active' : ''}`}
              onClick={() => setTab('form')}
            >
              Form
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'json'}
              className={`tab ${tab === 'json' ? 'active' : ''}`}
              onClick={() => setTab('json')}
            >
              JSON{' '}
              {jsonError ? (
                <span className="dot-danger" aria-label="invalid" />
              ) : issues.length > 0 ? (
                <span className="tab-count">{issues.length}</span>
              ) : null}
            </button>
          </div>
          {tab === 'json' ? (
            <JsonEditor />
          ) : jsonError ? (
            <p className="error-banner">
              The JSON does not parse ({jsonError}). Fix it in the JSON tab; the form shows the last valid version.
            </p>
          ) : (
            <div className="form">
              <SenderFields />
              <RecipientsEditor />
              {apiVersion === 'v1' ? (
                <V1Fields />
              ) : channel === 'email' ? (
                <EmailFields />
              ) : channel === 'rcs' ? (
                <RcsFields />
              ) : (
                <SmsFields />
              )}
              {apiVersion === 'v2' && <SubstitutionsEditor />}
              <DeliveryFields />
              {missing.length > 0 && (
                <p className="field-hint">Variables without a global value: {missing.map((m) => `$(${m})`).join(', ')}.</p>
              )}
            </div>
          )}
        </section>
        <PreviewPane />
      </div>
    </div>
  );
}
