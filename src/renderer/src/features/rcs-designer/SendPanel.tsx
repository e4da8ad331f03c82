import { useEffect, useMemo, useState } from 'react';
import { RCS_FALLBACK_TEXT_MAX_CHARS } from '../../../../shared/limits/rcs';
import type { RcsIssue } from '../../../../shared/rcs/issues';
import { buildRcsRequest, curlTarget, fallbackTextFor, toCurl } from '../../../../shared/rcs/request';
import { rcsSendWarnings, usesSampleMedia } from '../../../../shared/rcs/warnings';
import { SANDBOX_PROFILE_ID } from '../../../../shared/sandbox';
import { useNavStore } from '../shell/nav-store';
import { useStatusStore } from '../shell/status-store';
import { useDesignerStore } from './designer-store';
import { IssueList, plural } from './IssueList';
import { parseRecipients, useSendStore } from './send-store';

const MSISDN = /^\+?[1-9]\d{6,14}$/;

function FallbackOptions() {
  const options = useDesignerStore((s) => s.options);
  const setOptions = useDesignerStore((s) => s.setOptions);
  const content = useDesignerStore((s) => s.content);
  const text = options.text ?? '';
  return (
    <fieldset className="rcs-fallback">
      <legend>SMS fallback</legend>
      <label className="rcs-check">
        <input type="checkbox" checked={options.smsFallback === true} onChange={(e) => setOptions({ smsFallback: e.target.checked })} />
        Send as SMS when the recipient cannot get RCS (smsFallback)
      </label>
      {options.smsFallback && (
        <>
          <div className="rcs-row">
            <div className="field">
              <label htmlFor="rcs-fb-sender">SMS sender ID</label>
              <input
                id="rcs-fb-sender"
                value={options.smsSenderId ?? ''}
                placeholder="configured on your account"
                onChange={(e) => setOptions({ smsSenderId: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="rcs-fb-carrier">Carrier ID (optional)</label>
              <input id="rcs-fb-carrier" value={options.carrierId ?? ''} onChange={(e) => setOptions({ carrierId: e.target.value })} />
            </div>
          </div>
          <div className="field">
            <div className="rcs-label-row">
              <label htmlFor="rcs-fb-text">Fallback text</label>
              <span
                className={`rcs-counter${text.length > RCS_FALLBACK_TEXT_MAX_CHARS ? ' over' : text.length < RCS_FALLBACK_TEXT_MAX_CHARS * 0.8 ? ' quiet' : ''}`}
              >
                {text.length} / {RCS_FALLBACK_TEXT_MAX_CHARS}
              </span>
            </div>
            <textarea id="rcs-fb-text" rows={3} value={text} onChange={(e) => setOptions({ text: e.target.value })} />
            <div>
              <button
                type="button"
                className="link-button"
                onClick={() => setOptions({ text: fallbackTextFor(content, RCS_FALLBACK_TEXT_MAX_CHARS) })}
              >
                Fill from the design
              </button>
            </div>
            {text.length > RCS_FALLBACK_TEXT_MAX_CHARS && (
              <div className="field-error">
                Fallback text: at most {RCS_FALLBACK_TEXT_MAX_CHARS} characters (SMS fallback text limit){' '}
                <code className="rcs-issue-path">options.text</code>
              </div>
            )}
          </div>
        </>
      )}
    </fieldset>
  );
}

/**
 * What the outbox will warn about this send: rules the vendor does not document, or where its
 * documents disagree. Shown before the send, as Compose does; they never disable it.
 */
function SendWarnings({ onPick }: { onPick(path: string): void }) {
  const content = useDesignerStore((s) => s.content);
  const warnings = useMemo(() => rcsSendWarnings(content), [content]);
  if (warnings.length === 0) return null;
  return (
    <div className="rcs-warnings rcs-send-warnings" role="note" aria-label="Warnings" data-testid="rcs-send-warnings">
      <strong>Check before sending: {plural(warnings.length, 'warning')}, sent as designed</strong>
      <IssueList issues={warnings} onPick={onPick} />
    </div>
  );
}

export function SendPanel({ issues, onPick }: { issues: readonly RcsIssue[]; onPick(path: string): void }) {
  const content = useDesignerStore((s) => s.content);
  const options = useDesignerStore((s) => s.options);
  const send = useSendStore();
  const go = useNavStore((s) => s.go);
  // Which export is open; its text follows the design, the profile and the sandbox URL (known once
  // the status arrives), so an export opened early never keeps a placeholder endpoint.
  const [exportKind, setExportKind] = useState<'body' | 'curl' | null>(null);
  useEffect(() => {
    if (!send.loaded) void send.load();
  }, [send]);

  const msisdns = parseRecipients(send.recipients);
  const badNumbers = msisdns.filter((m) => !MSISDN.test(m));
  const profile = send.profiles.find((p) => p.id === send.profileId);
  const sandboxUrl = useStatusStore((s) => s.status?.sandbox.url ?? null);
  const target = curlTarget(profile, sandboxUrl);
  const body = useMemo(
    () =>
      buildRcsRequest({
        from: send.from.trim() || 'YOUR_RCS_APP_ID',
        msisdns: msisdns.length ? msisdns : ['+10000000000'],
        content,
        options,
      }),
    [send.from, send.recipients, content, options],
  );
  const exported = exportKind && { kind: exportKind, text: exportKind === 'body' ? JSON.stringify(body, null, 2) : toCurl(body, target) };
  const fallbackTooLong = (options.text ?? '').length > RCS_FALLBACK_TEXT_MAX_CHARS && options.smsFallback === true;
  const blockers = [
    ...(issues.length
      ? [`${issues.length} rule${issues.length === 1 ? '' : 's'} broken in the design (see the fields marked in red)`]
      : []),
    ...(msisdns.length === 0 ? ['no test recipient'] : []),
    ...(badNumbers.length ? [`not an MSISDN: ${badNumbers.join(', ')}`] : []),
    ...(send.from.trim() === '' ? ['no RCS app ID (from)'] : []),
    ...(fallbackTooLong ? ['SMS fallback text too long'] : []),
  ];

  return (
    <div className="rcs-send">
      <div className="rcs-row">
        <div className="field">
          <label htmlFor="rcs-profile">Profile</label>
          <select id="rcs-profile" value={send.profileId} onChange={(e) => send.setProfile(e.target.value)}>
            {send.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.builtIn ? ' (built-in)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rcs-from">RCS app ID (from)</label>
          <input id="rcs-from" value={send.from} onChange={(e) => send.setFrom(e.target.value)} placeholder="a_1568…" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="rcs-to">Test recipients</label>
        <textarea
          id="rcs-to"
          rows={2}
          value={send.recipients}
          placeholder="+14155550100, one per line"
          onChange={(e) => send.setRecipients(e.target.value)}
        />
        {badNumbers.length > 0 && (
          <div className="field-error">
            Not a phone number in international form (7-15 digits, optional +): {badNumbers.join(', ')}{' '}
            <code className="rcs-issue-path">to[0].msisdn</code>
          </div>
        )}
      </div>
      <FallbackOptions />
      <div className="rcs-send-actions">
        <button
          type="button"
          className="button primary"
          disabled={blockers.length > 0 || send.sending}
          onClick={() => void send.send(buildRcsRequest({ from: send.from.trim(), msisdns, content, options }))}
        >
          {send.sending ? 'Sending…' : `Send test to ${msisdns.length || 0}`}
        </button>
        <button type="button" className="button" onClick={() => setExportKind('body')}>
          Export v2 body
        </button>
        <button type="button" className="button" onClick={() => setExportKind('curl')}>
          Export cURL
        </button>
      </div>
      {blockers.length > 0 && <div className="field-hint">Before sending: {blockers.join('; ')}.</div>}
      <SendWarnings onPick={onPick} />
      {usesSampleMedia(content) && (
        <div className="field-warning" data-testid="rcs-sample-media-warning">
          ⚠ This design shows Relaydesk&apos;s sample pictures. The sandbox accepts them, but a real send needs media at public https URLs
          the vendor can fetch: replace them before sending{' '}
          {send.profileId === SANDBOX_PROFILE_ID ? 'through a real profile' : `through "${profile?.name ?? 'this profile'}"`}.
        </div>
      )}
      {send.error && (
        <div className="error-banner" role="alert">
          {send.error}
        </div>
      )}
      {send.receipt && (
        <div className="rcs-success" role="status">
          Queued job <code>{send.receipt.jobId}</code>: {send.receipt.destinations} destination{send.receipt.destinations === 1 ? '' : 's'}{' '}
          in {send.receipt.requestCount} request{send.receipt.requestCount === 1 ? '' : 's'}.{' '}
          <button type="button" className="link-button" onClick={() => go('history')}>
            Open History
          </button>
        </div>
      )}
      {exported && (
        <div className="rcs-export">
          <div className="rcs-section-head">
            <h4>{exported.kind === 'body' ? 'v2 request body' : 'cURL command'}</h4>
            <button
              type="button"
              className="button"
              onClick={() => void navigator.clipboard?.writeText(exported.text).catch(() => undefined)}
            >
              Copy
            </button>
          </div>
          <textarea
            className="mono"
            readOnly
            rows={12}
            value={exported.text}
            aria-label={exported.kind === 'body' ? 'v2 request body' : 'cURL command'}
          />
          {exported.kind === 'curl' && (
            <div className="field-hint">
              Posts to {target.baseUrl}. Credentials are placeholders: set{' '}
              {target.auth === 'key'
                ? '$SERVICE_KEY'
                : target.auth === 'jwt'
                  ? '$JWT (a service JWT you mint)'
                  : '$JWT (a service JWT you mint) and $SERVICE_KEY'}{' '}
              in your shell; Relaydesk never exports secrets.
            </div>
          )}
        </div>
      )}
    </div>
  );
}
