import type { ReactNode } from 'react';
import type { InboundEvent } from '../../../../shared/inbound/event';
import { AttachmentList } from './AttachmentList';
import { CopyButton } from './CopyButton';
import { channelLabels, formatFullTime, kindChipText, kindTone, prettyJson, sourceLabels } from './feed-format';
import { useFeedStore } from './feed-store';
import { HeadersTable } from './HeadersTable';
import { ReplayForm } from './ReplayForm';

function Field(props: { label: string; children: ReactNode }) {
  if (props.children === null || props.children === undefined || props.children === '') return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

function Fields({ event }: { event: InboundEvent }) {
  const c = event.correlation;
  return (
    <dl className="ib-detail-fields">
      <Field label="Source">{sourceLabels[event.source]}</Field>
      <Field label="Channel">{channelLabels[event.channel]}</Field>
      <Field label="Direction">{event.direction === 'inbound' ? 'Inbound (from the user)' : 'About our send'}</Field>
      <Field label="From">{event.fromName ? `${event.fromName} · ${event.from ?? ''}` : event.from}</Field>
      <Field label="To">{event.to}</Field>
      <Field label="Subject">{event.subject}</Field>
      <Field label="Text">{event.text && <span className="ib-detail-text">{event.text}</span>}</Field>
      <Field label="Status">
        {event.status && [event.status.deliveryStatus, event.status.code, event.status.description].filter(Boolean).join(' · ')}
      </Field>
      <Field label="Event time">{event.eventTime !== null ? formatFullTime(event.eventTime) : null}</Field>
      <Field label="Received">{formatFullTime(event.receivedAt)}</Field>
      <Field label="Via">{event.via}</Field>
      <Field label="External id">{event.externalId && <code>{event.externalId}</code>}</Field>
      <Field label="Transaction id">{c.transid && <code>{c.transid}</code>}</Field>
      <Field label="Message id">{c.messageId && <code>{c.messageId}</code>}</Field>
      <Field label="Correlation id">{c.correlationId && <code>{c.correlationId}</code>}</Field>
      <Field label="Callback data">{c.callbackData && <code>{c.callbackData}</code>}</Field>
      {Object.entries(event.details).map(([key, value]) => (
        <Field key={key} label={key}>
          <code>{value}</code>
        </Field>
      ))}
    </dl>
  );
}

/** Everything about one event: normalized fields, attachments, raw body, headers, replay. */
export function DetailPane(props: { onConversation: (address: string) => void }) {
  const { detail, detailError, selectedId, closeDetail } = useFeedStore();
  const event = detail && detail.id === selectedId ? detail : null;
  const raw = event ? prettyJson(event.raw) : '';
  const address = event ? (event.direction === 'inbound' ? event.from : event.to) : null;
  return (
    <aside className="ib-detail-pane" aria-label="Event detail" data-testid="detail-pane">
      <header className="ib-detail-header">
        {event ? (
          <>
            <span className={`ib-chip ib-tone-${kindTone(event)}`}>{kindChipText(event)}</span>
            <h2>{channelLabels[event.channel]} event</h2>
          </>
        ) : (
          <h2>{detailError ? 'Could not load the event' : 'Loading…'}</h2>
        )}
        <button type="button" className="ib-icon-button" aria-label="Close detail (Esc)" title="Close (Esc)" onClick={closeDetail}>
          ✕
        </button>
      </header>
      {detailError && <div className="error-banner">{detailError}</div>}
      {event && (
        <div className="ib-detail-body">
          <div className="ib-detail-actions">
            {address && (
              <button type="button" className="button" onClick={() => props.onConversation(address)}>
                Conversation with {address}
              </button>
            )}
          </div>
          {event.attachments.length > 0 && (
            <section>
              <h3>Attachments ({event.attachments.length})</h3>
              <AttachmentList attachments={event.attachments} />
            </section>
          )}
          <section>
            <h3>Fields</h3>
            <Fields event={event} />
          </section>
          <section>
            <div className="ib-section-head">
              <h3>Raw body</h3>
              <CopyButton text={event.raw} label="Copy raw JSON" className="button ib-small" />
            </div>
            <pre className="ib-raw-json" data-testid="raw-json">
              {raw}
            </pre>
          </section>
          <section>
            <h3>Headers</h3>
            <HeadersTable headers={event.headers} />
          </section>
          <section>
            <h3>Replay</h3>
            <ReplayForm key={event.id} id={event.id} />
          </section>
        </div>
      )}
    </aside>
  );
}
