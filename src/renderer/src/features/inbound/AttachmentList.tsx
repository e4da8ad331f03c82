import { useState } from 'react';
import type { InboundAttachment } from '../../../../shared/inbound/event';
import { attachmentView, fileNameOf } from './feed-format';

/** Vendor media links expire and need the network: say so instead of showing a broken image. */
function ImageAttachment(props: { url: string; alt: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) {
    return (
      <a href={props.url} target="_blank" rel="noreferrer" className="ib-media-missing">
        Image not available here (offline or the vendor's link expired): {fileNameOf(props.url)} ↗
      </a>
    );
  }
  return (
    <a href={props.url} target="_blank" rel="noreferrer" title="Open the original">
      <img src={props.url} alt={props.alt} loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />
    </a>
  );
}

/** Attachments as the user would see them: images, players, a map link for locations, files. */
export function AttachmentList(props: { attachments: InboundAttachment[] }) {
  return (
    <ul className="ib-attachments">
      {props.attachments.map((attachment, index) => {
        const view = attachmentView(attachment);
        return (
          <li key={index} className={`ib-attachment ib-att-${view.as}`} data-testid="attachment">
            <span className="ib-attachment-type">{attachment.type}</span>
            {view.as === 'image' && <ImageAttachment url={view.url} alt={view.title || `${attachment.type} attachment`} />}
            {view.as === 'video' && <video src={view.url} controls preload="metadata" aria-label={view.title || 'Video attachment'} />}
            {view.as === 'audio' && <audio src={view.url} controls preload="none" aria-label={view.title || 'Audio attachment'} />}
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
            {(view.as === 'video' || view.as === 'audio') && (
              <a href={view.url} target="_blank" rel="noreferrer" className="ib-attachment-link ib-small">
                Open the original ↗
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
