import { isObject } from '../../../../shared/compose/recipients';
import type { RcsPreview } from '../../../../shared/compose/preview';
import { SmsPreviewView } from './SmsPreviewView';

/** A compact RCS phone mock: text with chips, media, a rich card or a carousel. */
function Chips(props: { suggestions: unknown }) {
  if (!Array.isArray(props.suggestions) || props.suggestions.length === 0) return null;
  return (
    <div className="rcs-chips">
      {props.suggestions.filter(isObject).map((s, i) => (
        <span key={i} className="rcs-chip" title={String(s.type ?? '')}>
          {String(s.displayText ?? s.type ?? 'chip')}
        </span>
      ))}
    </div>
  );
}

function Media(props: { media: unknown }) {
  if (!isObject(props.media)) return null;
  const height = String(props.media.height ?? 'MEDIUM').toLowerCase();
  return (
    <div className={`rcs-media rcs-media-${height}`} title={String(props.media.url ?? '')}>
      <span>🖼 {String(props.media.url ?? 'media')}</span>
    </div>
  );
}

function Card(props: { card: Record<string, unknown>; width?: string }) {
  return (
    <div className={`rcs-card ${props.width ? `rcs-card-${props.width.toLowerCase()}` : ''}`}>
      <Media media={props.card.media} />
      <div className="rcs-card-body">
        {typeof props.card.title === 'string' && <strong>{props.card.title}</strong>}
        {typeof props.card.description === 'string' && <p>{props.card.description}</p>}
      </div>
      <Chips suggestions={props.card.suggestions} />
    </div>
  );
}

export function RcsPreviewView(props: { preview: RcsPreview; sender: string }) {
  const content = isObject(props.preview.content) ? props.preview.content : {};
  const type = String(content.type ?? '');
  return (
    <div className="rcs-preview">
      <div className="phone" role="figure" aria-label="RCS preview">
        <div className="phone-bar">
          <span className="phone-sender">{props.sender || 'RCS agent'}</span>
          <span className="phone-sub">RCS · verified business</span>
        </div>
        <div className="phone-screen">
          {type === 'text' && (
            <div className="bubble bubble-in" data-testid="rcs-bubble">
              {String(content.text ?? '')}
            </div>
          )}
          {type === 'media' && <Media media={{ url: content.mediaContentUrl, height: 'MEDIUM' }} />}
          {type === 'standalone' && isObject(content.richCard) && <Card card={content.richCard} />}
          {type === 'carousel' && Array.isArray(content.cards) && (
            <div className="rcs-carousel">
              {content.cards.filter(isObject).map((card, i) => (
                <Card key={i} card={card} width={String(content.width ?? 'MEDIUM')} />
              ))}
            </div>
          )}
          {type === 'agentEvent' && <p className="phone-empty">{String(content.event ?? 'event')} (no bubble: an agent event)</p>}
          {!['text', 'media', 'standalone', 'carousel', 'agentEvent'].includes(type) && <p className="phone-empty">Pick a content type.</p>}
          <Chips suggestions={content.suggestions} />
        </div>
      </div>
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
