import type { SmsPreview } from '../../../../shared/compose/preview';
import { SMS_TEXT_MAX_BYTES } from '../../../../shared/compose/channel-limits';
import { utf8Bytes } from '../../../../shared/compose/email';
import { HighlightedText } from './HighlightedText';

/** An SMS as the handset shows it, with what it costs: encoding, characters, segments, limit. */
export function SmsPreviewView(props: {
  preview: SmsPreview;
  sender: string;
  onReplaceLookalikes?: (() => void) | undefined;
  title?: string;
}) {
  const { analysis, text } = props.preview;
  const ucs2At = new Set(analysis.ucs2Characters.map((c) => c.index));
  const replaceable = analysis.ucs2Characters.filter((c) => c.replacement !== undefined);
  const bytes = utf8Bytes(text.text);
  return (
    <div className="sms-preview">
      <div className="phone" aria-label={props.title ?? 'SMS preview'} role="figure">
        <div className="phone-bar">
          <span className="phone-sender">{props.sender || 'Sender'}</span>
          <span className="phone-sub">Text message</span>
        </div>
        <div className="phone-screen">
          {text.text === '' ? (
            <p className="phone-empty">The message is empty.</p>
          ) : (
            <div className="bubble bubble-in" data-testid="sms-bubble">
              <HighlightedText value={text} ucs2At={ucs2At} />
            </div>
          )}
        </div>
      </div>
      <dl className="stats" data-testid="sms-stats">
        <div>
          <dt>Encoding</dt>
          <dd>
            <span className={`pill ${analysis.encoding === 'GSM-7' ? 'pill-ok' : 'pill-warn'}`} data-testid="sms-encoding">
              {analysis.encoding}
            </span>
          </dd>
        </div>
        <div>
          <dt>Characters</dt>
          <dd data-testid="sms-characters">{analysis.characters}</dd>
        </div>
        <div>
          <dt>{analysis.encoding === 'GSM-7' ? 'Septets' : 'UCS-2 units'}</dt>
          <dd>{analysis.units}</dd>
        </div>
        <div>
          <dt>Segments</dt>
          <dd data-testid="sms-segments">
            {analysis.segments}{' '}
            <span className="muted" title={`${analysis.perSegment} per segment at this length`}>
              {analysis.remainingInSegment} left
            </span>
          </dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd className={bytes > SMS_TEXT_MAX_BYTES ? 'over' : ''}>
            {bytes} B <span className="muted">of {SMS_TEXT_MAX_BYTES}</span>
          </dd>
        </div>
      </dl>
      {analysis.extensionCharacters.length > 0 && (
        <p className="field-hint">
          {analysis.extensionCharacters.map((c) => `“${c}”`).join(' ')} {analysis.extensionCharacters.length === 1 ? 'is a' : 'are'} GSM-7
          extension character{analysis.extensionCharacters.length === 1 ? '' : 's'}: each counts as two.
        </p>
      )}
      {analysis.encoding === 'UCS-2' && analysis.ucs2Characters.length === 0 && (
        <p className="field-hint">
          Sent as UCS-2 because the message type is unicode; every character here fits GSM-7, where a part holds 160.
        </p>
      )}
      {analysis.ucs2Characters.length > 0 && (
        <div className="ucs2-box" role="note">
          <p>
            <strong>Sent as UCS-2</strong> (70 characters per SMS instead of 160) because of:{' '}
            {[...new Set(analysis.ucs2Characters.map((c) => c.char))].map((c) => (
              <code key={c} className="ucs2-char" title={`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`}>
                {c === '\u00A0' ? 'NBSP' : c}
              </code>
            ))}
          </p>
          {replaceable.length > 0 && props.onReplaceLookalikes && (
            <button type="button" className="button" onClick={props.onReplaceLookalikes}>
              Replace {replaceable.length} look-alike{replaceable.length === 1 ? '' : 's'} with GSM-7 characters
            </button>
          )}
        </div>
      )}
    </div>
  );
}
