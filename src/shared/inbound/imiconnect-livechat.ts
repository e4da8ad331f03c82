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
// JSON in strings as well. The v6.20 page (/live-chat-in-app-messages-outbound-webhooks) adds
// `malwareinfo` and `securityscaninfo` beside `pciInfo`, sends a form's answers as a form template
// inside `attachments`, and says which typing indicator it is in `type` (typingStart / typingStop;
// its `message` reads "Typing Start" for both).

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
  for (const key of SCAN_KEYS) {
    const scan = jsonish(body[key]);
    if (isRecord(scan)) flattenInto(details, key, scan);
    else if (str(body[key]) !== null) details[key] = str(body[key])!;
  }
  const extras = str(body.extras);
  if (extras !== null) details.extras = extras;
  if (/typing/i.test(details.event ?? '')) readTyping(event, body);
  const form = /form/i.test(details.event ?? '') ? formAnswers(body) : null;
  if (form !== null) {
    event.text = form.text;
    if (form.title !== null) details.formTitle = form.title;
    // The form template is what was answered, not a file the user sent.
    if (form.key === 'attachments') return { attachments: [] };
  }
  return readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
}

/** PCI, malware and security-scan checks of Webex CC tenants, each an object as JSON in a string. */
const SCAN_KEYS = ['pciInfo', 'malwareinfo', 'securityscaninfo'] as const;

/** A typing indicator: which one it is, in words; the vendor's `message` says "Typing Start" for a stop too. */
function readTyping(event: NormalizedEvent, body: Record<string, unknown>): void {
  const type = str(body.type);
  if (type === null) return;
  event.details.typing = type;
  event.text = /stop/i.test(type) ? 'Typing stopped' : /start/i.test(type) ? 'Typing started' : event.text;
}

const FORM_KEYS = ['formResponse', 'formData', 'form', 'formFields', 'response', 'data', 'message', 'attachments'] as const;

/** The fields of a form: a list of fields, `{fields}`, or form templates `[{templateType: "form", payload: {title, fields}}]`. */
function formFields(value: unknown, templatesOnly: boolean): { fields: unknown[]; title: string | null } {
  const list = Array.isArray(value) ? value : [value];
  const template = list.find((item) => isRecord(item) && isRecord(item.payload) && Array.isArray(item.payload.fields));
  if (isRecord(template) && isRecord(template.payload))
    return { fields: template.payload.fields as unknown[], title: str(template.payload.title) };
  // Files sent beside a form are attachments, not answers.
  if (templatesOnly) return { fields: [], title: null };
  if (Array.isArray(value)) return { fields: value, title: null };
  if (isRecord(value)) return { fields: Array.isArray(value.fields) ? value.fields : [value], title: str(value.title) };
  return { fields: [], title: null };
}

/** OnFormResponse: the answers as "field: value" lines, from whichever field holds the form. */
function formAnswers(body: Record<string, unknown>): { text: string; title: string | null; key: string } | null {
  for (const key of FORM_KEYS) {
    const { fields, title } = formFields(jsonish(body[key]), key === 'attachments');
    const lines: string[] = [];
    for (const field of fields) {
      if (!isRecord(field)) continue;
      const label = str(field.label ?? field.name ?? field.title);
      const answer = str(field.value ?? field.answer);
      if (label !== null && answer !== null) lines.push(`${label}: ${answer}`);
      else if (label === null && answer === null) for (const k in field) if (str(field[k]) !== null) lines.push(`${k}: ${str(field[k])}`);
    }
    if (lines.length > 0) return { text: lines.join('\n'), title, key };
  }
  return null;
}
