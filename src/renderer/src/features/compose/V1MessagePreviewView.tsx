import type { V1MessagePreview } from '../../../../shared/compose/preview';
import { HighlightedText } from './HighlightedText';

const CHANNEL_NAMES: Record<string, string> = {
  voice: 'Voice call',
  push: 'Push notification',
  rt: 'App message',
  appmessaging: 'App message',
  fb: 'Messenger',
  twitter: 'Twitter DM',
  wa: 'WhatsApp',
  wechat: 'WeChat',
};

/** A v1 message that is not SMS: each text the recipient sees, with their values, and what else the request sends. */
export function V1MessagePreviewView(props: { preview: V1MessagePreview }) {
  const { parts, details, channel } = props.preview;
  return (
    <div className="v1-preview" role="figure" aria-label={`${CHANNEL_NAMES[channel] ?? channel} preview`} data-testid="v1-preview">
      <p className="v1-preview-channel muted">{CHANNEL_NAMES[channel] ?? channel}</p>
      {parts.length === 0 && details.length === 0 && <p className="phone-empty">The message is empty.</p>}
      {parts.map((part) => (
        <div key={part.path} className="v1-part" data-testid="v1-part">
          <div className="v1-part-label muted">
            {part.label} · {part.characters} character{part.characters === 1 ? '' : 's'}
            {part.maxBytes !== undefined && (
              <span className={part.bytes > part.maxBytes ? 'over' : ''}>
                {' '}
                · {part.bytes} B of {part.maxBytes}
              </span>
            )}
          </div>
          <div className="bubble bubble-in">
            <HighlightedText value={part.text} />
          </div>
        </div>
      ))}
      {details.length > 0 && (
        <dl className="stats" data-testid="v1-details">
          {details.map((d, i) => (
            // Labels can repeat (two list sections with one title), so the position keys each row.
            <div key={`${i}:${d.label}`}>
              <dt>{d.label}</dt>
              <dd>{d.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
