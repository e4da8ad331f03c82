import type { InboundAttachment, InboundChannel, InboundKind } from './event';
import { str } from './fields';
import { isRecord } from '../is-record';
import { attachmentFromUrl, genericAttachments } from './imiconnect-attachments';

// LeadConnector (HighLevel) message-event fields beyond seed 004, from the marketplace webhook
// reference: marketplace.gohighlevel.com/docs/webhook/InboundMessage (and OutboundMessage) list
// the v3 fields; /docs/webhook/InternalComment is an agent's note on a conversation.

export const LEADCONNECTOR_TYPES = ['InboundMessage', 'OutboundMessage', 'InternalComment'] as const;

/** v3 fields worth showing (from/to are read as the addresses). */
export const V3_DETAIL_KEYS = [
  'conversationProviderId',
  'callDuration',
  'callStatus',
  'chatWidgetId',
  'messageTypeId',
  'messageTypeString',
] as const;

export function leadConnectorKind(type: (typeof LEADCONNECTOR_TYPES)[number], channel: InboundChannel): InboundKind {
  if (type === 'InternalComment') return 'note';
  return channel === 'call' ? 'call' : 'message';
}

/**
 * A call's attachment is its recording, or its voicemail when the status says so. Anything else is
 * typed by its MIME type or its URL's extension (a photo sent by SMS is an image, not a "file").
 * Items are URLs; an object `{url, mimeType, name}` is read too.
 */
export function leadConnectorAttachments(items: readonly unknown[], channel: InboundChannel, status: string | null): InboundAttachment[] {
  return items.flatMap((item): InboundAttachment[] => {
    if (channel === 'call') {
      const url = str(item) ?? (isRecord(item) ? str(item.url) : null);
      return url === null ? [] : [{ type: status === 'voicemail' ? 'voicemail' : 'recording', url }];
    }
    if (isRecord(item)) return genericAttachments(item);
    const url = str(item);
    return url === null ? [] : [attachmentFromUrl(url)];
  });
}
