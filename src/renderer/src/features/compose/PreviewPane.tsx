import { useMemo } from 'react';
import { EMAIL_ATTACHMENTS_MAX_BYTES } from '../../../../shared/compose/channel-limits';
import { previewAll, previewRecipient, summarizePreviews } from '../../../../shared/compose/preview';
import { listRecipients, type JsonObject, type PreviewRecipient } from '../../../../shared/compose/recipients';
import { isRecord } from '../../../../shared/is-record';
import { replaceLookalikes } from '../../../../shared/compose/sms-encoding';
import { useComposeStore } from './compose-store';
import { EmailPreviewView } from './EmailPreviewView';
import { htmlToText } from './email-text';
import { starterBody } from './starter-bodies';
import { RcsPreviewView } from './RcsPreviewView';
import { SmsPreviewView } from './SmsPreviewView';
import { V1MessagePreviewView } from './V1MessagePreviewView';
import { WhatsAppMediaSizes } from './WhatsAppMediaSizes';

/** Past this many, a list of options would be slow to open and scroll: jump by number or address. */
const MAX_LISTED_RECIPIENTS = 300;

function RecipientFinder(props: { recipients: PreviewRecipient[]; position: number; onPick: (index: number) => void }) {
  return (
    <>
      <input
        aria-label="Recipient number"
        type="number"
        min={1}
        max={props.recipients.length}
        value={props.position + 1}
        onChange={(e) => props.onPick(Math.min(props.recipients.length, Math.max(1, Number(e.target.value) || 1)) - 1)}
        className="recipient-number"
      />
      <input
        aria-label="Find recipient by address"
        placeholder="find address"
        className="recipient-find"
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          const needle = e.currentTarget.value.trim();
          const found = props.recipients.findIndex((r) => r.address.includes(needle));
          if (needle && found >= 0) props.onPick(found);
        }}
      />
    </>
  );
}

/** The email's text part is missing, empty or still the starter's placeholder while there is HTML. */
function textPartStale(body: JsonObject): 'missing' | 'placeholder' | null {
  const content = isRecord(body.content) ? body.content : {};
  if (typeof content.html !== 'string' || content.html.trim() === '') return null;
  const starter = starterBody('v2', 'email').content;
  const placeholder = isRecord(starter) ? starter.text : undefined;
  if (typeof content.text !== 'string' || content.text.trim() === '') return 'missing';
  return content.text === placeholder ? 'placeholder' : null;
}

/** A recipient's name for the picker: a value called name (or like it), else their first value. */
function recipientName(recipient: PreviewRecipient): string {
  const entries = Object.entries(recipient.values);
  const named = entries.find(([key]) => /^(full_?|first_?)?name$/i.test(key)) ?? entries.find(([key]) => /name/i.test(key)) ?? entries[0];
  return named ? String(named[1]).slice(0, 40) : '';
}

/** Step through the recipients and see exactly what each one gets, and what is wrong with it. */
export function PreviewPane() {
  const body = useComposeStore((s) => s.body);
  const index = useComposeStore((s) => s.recipientIndex);
  const setIndex = useComposeStore((s) => s.setRecipientIndex);
  const setField = useComposeStore((s) => s.setField);
  const pristine = useComposeStore((s) => s.pristine);
  const recipients = useMemo(() => listRecipients(body), [body]);
  const current = recipients.length === 0 ? null : recipients[Math.min(index, recipients.length - 1)]!;
  const position = current ? recipients.indexOf(current) : -1;
  const preview = useMemo(() => previewRecipient(body, current), [body, current]);
  const summary = useMemo(() => summarizePreviews(previewAll(body)), [body]);
  // v2 names the sender in `from`; a v1 SMS in channels.sms.senderid.
  const v1Sender = isRecord(body.channels) && isRecord(body.channels.sms) ? body.channels.sms.senderid : undefined;
  const sender = typeof body.from === 'string' ? body.from : typeof v1Sender === 'string' ? v1Sender : '';

  const contentPath =
    preview.api === 'v1' ? ['channels', 'sms', 'text'] : preview.channel === 'rcs' ? ['options', 'text'] : ['content', 'text'];
  const templateText = contentPath.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), body);
  const fixLookalikes =
    typeof templateText === 'string' && replaceLookalikes(templateText).replaced > 0
      ? () => setField(contentPath, replaceLookalikes(templateText).text, { step: true })
      : undefined;
  const contentType = isRecord(body.content) ? body.content.type : undefined;
  const typeMismatch =
    preview.api === 'v2' && preview.channel === 'sms' && contentType === 'text' && preview.sms?.analysis.encoding === 'UCS-2';
  const html = isRecord(body.content) && typeof body.content.html === 'string' ? body.content.html : '';

  return (
    <section className="preview-pane card" aria-label="Preview">
      <header className="preview-head">
        <h2>Preview</h2>
        {recipients.length > 0 ? (
          <div className="stepper">
            <button
              type="button"
              className="button"
              aria-label="Previous recipient"
              disabled={position <= 0}
              onClick={() => setIndex(position - 1)}
            >
              ◀
            </button>
            {recipients.length <= MAX_LISTED_RECIPIENTS ? (
              <select aria-label="Recipient" value={position} onChange={(e) => setIndex(Number(e.target.value))}>
                {recipients.map((r, i) => (
                  <option key={r.path} value={i}>
                    {i + 1}. {r.address}
                    {recipientName(r) && ` · ${recipientName(r)}`}
                  </option>
                ))}
              </select>
            ) : (
              <RecipientFinder recipients={recipients} position={position} onPick={setIndex} />
            )}
            <button
              type="button"
              className="button"
              aria-label="Next recipient"
              disabled={position >= recipients.length - 1}
              onClick={() => setIndex(position + 1)}
            >
              ▶
            </button>
            <span className="muted" data-testid="recipient-position">
              {position + 1} of {recipients.length}
            </span>
          </div>
        ) : (
          <span className="muted">No recipients yet: showing global values only.</span>
        )}
      </header>

      {summary.recipients > 1 && (
        <p className="summary-line" data-testid="preview-summary">
          {summary.recipients} recipients
          {(preview.sms || preview.rcs?.fallback) && ` · ${summary.smsParts} SMS part${summary.smsParts === 1 ? '' : 's'} in all`}
          {summary.ucs2Recipients > 0 && ` · ${summary.ucs2Recipients} in UCS-2`}
          {summary.unresolvedRecipients > 0 && (
            <span className="field-error"> · {summary.unresolvedRecipients} with unresolved values</span>
          )}
          {summary.problemRecipients > 0 && <span className="field-error"> · {summary.problemRecipients} over a limit</span>}
        </p>
      )}
      {current && Object.keys(current.values).length > 0 && (
        <p className="values-line">
          {Object.entries(current.values).map(([k, v]) => (
            <span key={k} className="pill">
              {k} = {String(v)}
            </span>
          ))}
        </p>
      )}
      {preview.missing.length > 0 && !pristine && (
        <div className="missing-box" role="alert" data-testid="unresolved">
          Unresolved for this recipient:{' '}
          {preview.missing.map((m) => (
            <code key={m}>$({m})</code>
          ))}
          . They would arrive as typed: add them to the recipient or to the global substitutions.
        </div>
      )}
      {preview.problems.map((p) => (
        <div key={p.path + p.message} className="error-banner" role="alert">
          {p.path}: {p.message}
        </div>
      ))}

      {preview.vendorTemplateId !== null && (
        <p className="field-hint">
          This request uses the vendor-side template <code>{preview.vendorTemplateId}</code>: its content lives in Webex Connect and cannot
          be previewed here.
        </p>
      )}
      {typeMismatch && (
        <p className="warn-note" role="note" data-testid="type-mismatch">
          The message needs UCS-2 but its type is <code>text</code>: handsets may show garbled characters.{' '}
          <button type="button" className="link-button" onClick={() => setField(['content', 'type'], 'unicode', { step: true })}>
            Switch the type to unicode
          </button>
          {fixLookalikes && ' or replace the look-alikes below.'}
        </p>
      )}
      {preview.sms && <SmsPreviewView preview={preview.sms} sender={sender} onReplaceLookalikes={fixLookalikes} />}
      {preview.email && (
        <EmailPreviewView
          preview={preview.email}
          hasUnsubscribe={/\$\(unsubscribe\)/.test(html)}
          attachmentsLimit={EMAIL_ATTACHMENTS_MAX_BYTES}
          textPart={{
            stale: textPartStale(body),
            generate: html.trim() === '' ? null : () => setField(['content', 'text'], htmlToText(html), { step: true }),
          }}
        />
      )}
      {preview.rcs && <RcsPreviewView preview={preview.rcs} sender={sender} />}
      {preview.message && <V1MessagePreviewView preview={preview.message} />}
      {preview.message && <WhatsAppMediaSizes body={body} />}
    </section>
  );
}
