import type { NormalizedEvent } from './event';
import { flattenInto, jsonish, str } from './fields';
import { isRecord } from '../is-record';
import { genericAttachments, readAttachmentString, type AttachmentParse } from './imiconnect-attachments';

// Webex Connect Live Chat / In-App Messaging inbound (Outbound Webhooks → Live Chat / In-App
// Messages, developers.webexconnect.io/reference/in-app-messages, and the payloads of
// /reference/data-streams-in-app): `channel: "Rtm"` (or LiveChat / InApp), the app user's
// `userId`, our `appId`, `thread` as JSON in a string (id, title, category, type, status) plus
// `thread_id` / `thread_title`, `attachments` as JSON in a string ([{file, size, id, contentType}]),
// `interactiveData` for a tapped button, `extras`, and for the widget's events (`event`
// OnProfileCreate, OnFormResponse, TypingIndicator) the profile, form and PCI data (`pciInfo`) as
// JSON in strings as well.

const THREAD_KEYS = ['id', 'title', 'category', 'type', 'status'] as const;

export function readLiveChat(event: NormalizedEvent, body: Record<string, unknown>): AttachmentParse {
  event.from = str(body.userId) ?? str(body.customerId) ?? str(body.clientId);
  event.fromName ??= str(body.name) ?? str(body.username);
  const details = event.details;
  const thread = jsonish(body.thread);
  if (isRecord(thread)) {
    for (const key of THREAD_KEYS) {
      const value = str(thread[key]);
      if (value !== null) details[`thread${key[0]!.toUpperCase()}${key.slice(1)}`] = value;
    }
  }
  const threadId = str(body.thread_id);
  const threadTitle = str(body.thread_title);
  if (threadId !== null) details.threadId = threadId;
  if (threadTitle !== null) details.threadTitle = threadTitle;
  const pci = jsonish(body.pciInfo);
  if (isRecord(pci)) flattenInto(details, 'pciInfo', pci);
  else if (str(body.pciInfo) !== null) details.pciInfo = str(body.pciInfo)!;
  const extras = str(body.extras);
  if (extras !== null) details.extras = extras;
  if (/form/i.test(details.event ?? '')) event.text = formAnswers(body) ?? event.text;
  return readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
}

const FORM_KEYS = ['formResponse', 'formData', 'form', 'formFields', 'response', 'data', 'message'] as const;

/** OnFormResponse: the answers as "field: value" lines, from whichever field holds the form. */
function formAnswers(body: Record<string, unknown>): string | null {
  for (const key of FORM_KEYS) {
    const value = jsonish(body[key]);
    const fields = Array.isArray(value) ? value : isRecord(value) ? (Array.isArray(value.fields) ? value.fields : [value]) : [];
    const lines: string[] = [];
    for (const field of fields) {
      if (!isRecord(field)) continue;
      const label = str(field.label ?? field.name ?? field.title);
      const answer = str(field.value ?? field.answer);
      if (label !== null && answer !== null) lines.push(`${label}: ${answer}`);
      else if (label === null && answer === null) for (const k in field) if (str(field[k]) !== null) lines.push(`${k}: ${str(field[k])}`);
    }
    if (lines.length > 0) return lines.join('\n');
  }
  return null;
}
