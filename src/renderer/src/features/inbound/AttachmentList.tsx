import { useState } from 'react';
import type { InboundAttachment } from '../../../../shared/inbound/event';
import { attachmentView, fileNameOf } from './feed-format';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Remote media from whoever sent the webhook loads only when the user asks: fetching it on sight
 * would tell the sender (or anyone serving a tracking pixel) that and when the event was opened,
 * and from where. Plain http is never loaded here (the CSP forbids it): it could be read or
 * changed on the way.
 */
function RemoteMedia(props: { url: string; as: 'image' | 'video' | 'audio'; title: string }) {
  const [load, setLoad] = useState(false);
  const [failed, setFailed] = useState(false);
  const original = (
    <a href={props.url} target="_blank" rel="noreferrer" className="ib-attachment-link ib-small">
      Open the original ↗
    </a>
  );
  if (!props.url.startsWith('https://')) {
    return (
      <span className="ib-media-missing">
        Not loaded: {fileNameOf(props.url)} is on plain http, which anyone on the way can read or change. {original}
      </span>
    );
  }
  if (!load) {
    return (
      <span className="ib-media-missing">
        <button type="button" className="ib-media-load" onClick={() => setLoad(true)}>
          Load {props.as} from {hostOf(props.url)}
        </button>{' '}
        {original}
      </span>
    );
  }
  if (failed) {
    return (
      <a href={props.url} target="_blank" rel="noreferrer" className="ib-media-missing">
        {props.as === 'image' ? 'Image' : 'Media'} not available here (offline or the vendor's link expired): {fileNameOf(props.url)} ↗
      </a>
    );
  }
  return (
    <>
      {props.as === 'image' && <img src={props.url} alt={props.title} referrerPolicy="no-referrer" onError={() => setFailed(true)} />}
      {props.as === 'video' && (
        <video src={props.url} controls preload="metadata" aria-label={props.title} onError={() => setFailed(true)} />
      )}
      {props.as === 'audio' && (
        <audio src={props.url} controls preload="metadata" aria-label={props.title} onError={() => setFailed(true)} />
      )}
      {original}
    </>
  );
}

/** Attachments as the user would see them: images, players, a map link for locations, files. */
export function AttachmentList(props: { attachments: InboundAttachment[] }) {
  return (
    <ul className="stack-list">
      {props.attachments.map((attachment, index) => {
        const view = attachmentView(attachment);
        return (
          <li key={index} className={`ib-attachment ib-att-${view.as}`} data-testid="attachment">
            <span className="ib-attachment-type">{attachment.type}</span>
            {(view.as === 'image' || view.as === 'video' || view.as === 'audio') && (
              <RemoteMedia url={view.url} as={view.as} title={view.title || `${attachment.type} attachment`} />
            )}
            {view.as === 'location' && (
              <div className="ib-location">
                <span className="mono">
                  {view.lat.toFixed(6)}, {view.lng.toFixed(6)}
                </span>
                {view.title && <span>{view.title}</span>}
                <a href={view.mapUrl} target="_blank" rel="noreferrer">
                  Open in OpenStreetMap ↗
                </a>
              </div>
            )}
            {(view.as === 'file' || view.as === 'link') && (
              <a href={view.url} target="_blank" rel="noreferrer" className="ib-attachment-link">
                {view.title} ↗
              </a>
            )}
            {view.as === 'other' && <span className="ib-muted">{view.title}</span>}
          </li>
        );
      })}
    </ul>
  );
}
