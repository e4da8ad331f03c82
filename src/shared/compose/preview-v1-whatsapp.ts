import { isRecord } from '../is-record';
import { V1_WA_MAX_BODY_CHARS, V1_WA_MAX_FOOTER_CHARS, V1_WA_MAX_HEADER_CHARS } from '../limits/v1';
import type { PreviewSink } from './preview-v1';
import type { JsonObject } from './recipients';

// What a WhatsApp recipient gets from a v1 request, for each message type of the current WhatsApp
// page (developers.webexconnect.io/reference/whatsapp-apis): the texts they read (caption, header,
// body, footer) as parts, and media, places, contacts, buttons, list rows and templates in words.

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function records(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function joined(...values: unknown[]): string {
  return values
    .map(str)
    .filter((value) => value !== undefined && value !== '')
    .join(' · ');
}

const MEDIA_LABELS: Record<string, string> = { image: 'Image', audio: 'Audio', document: 'Document', video: 'Video', sticker: 'Sticker' };

function media(block: JsonObject, type: string, path: string, b: PreviewSink): void {
  const item = isRecord(block[type]) ? block[type] : {};
  b.text('Caption', `${path}.${type}.caption`, item.caption);
  b.detail(MEDIA_LABELS[type]!, joined(item.url, item.mimeType));
  b.detail('File name', item.filename);
}

function location(block: JsonObject, b: PreviewSink): void {
  const place = isRecord(block.location) ? block.location : {};
  b.detail('Location', place.name);
  b.detail('Address', place.address);
  const [lat, long] = [str(place.latitude), str(place.longitude)];
  if (lat !== undefined && long !== undefined) b.detail('Coordinates', `${lat}, ${long}`);
}

function contacts(block: JsonObject, b: PreviewSink): void {
  records(block.contacts).forEach((contact, i) => {
    const name = isRecord(contact.name) ? contact.name : {};
    const full = str(name.formatted_name) ?? joined(name.first_name, name.last_name);
    const phones = records(contact.phones).map((phone) => str(phone.phone));
    b.detail(`Contact ${i + 1}`, joined(full, ...phones));
  });
}

/** Header, body and footer of a list or reply-buttons message, each as the text the user reads. */
function framed(box: JsonObject, path: string, b: PreviewSink, footerLimit?: number): void {
  const header = isRecord(box.header) ? box.header : {};
  b.text('Header', `${path}.header.text`, header.text, undefined, V1_WA_MAX_HEADER_CHARS);
  for (const kind of ['image', 'video', 'document']) {
    const item = header[kind];
    if (isRecord(item)) b.detail(`Header ${kind}`, joined(item.url, item.filename));
  }
  if (isRecord(box.body)) b.text('Body', `${path}.body.text`, box.body.text, undefined, V1_WA_MAX_BODY_CHARS);
  // Only the reply-buttons footer has a documented limit.
  if (isRecord(box.footer)) b.text('Footer', `${path}.footer.text`, box.footer.text, undefined, footerLimit);
}

function list(block: JsonObject, path: string, b: PreviewSink): void {
  const box = isRecord(block.list) ? block.list : {};
  framed(box, `${path}.list`, b);
  const action = isRecord(box.action) ? box.action : {};
  b.detail('List button', action.button);
  records(action.sections).forEach((section, i) => {
    const rows = records(section.rows).map((row) => {
      const title = str(row.title) ?? '?';
      return str(row.description) ? `${title} (${str(row.description)})` : title;
    });
    b.detail(str(section.title) ?? `Section ${i + 1}`, rows.join(', '));
  });
}

function reply(block: JsonObject, path: string, b: PreviewSink): void {
  const box = isRecord(block.reply) ? block.reply : {};
  framed(box, `${path}.reply`, b, V1_WA_MAX_FOOTER_CHARS);
  const action = isRecord(box.action) ? box.action : {};
  const titles = records(action.buttons).map((button) => (isRecord(button.reply) ? (str(button.reply.title) ?? '?') : '?'));
  b.detail('Buttons', titles.join(', '));
}

function hsm(block: JsonObject, b: PreviewSink): void {
  const box = isRecord(block.hsm) ? block.hsm : {};
  b.detail('Template', joined(box.namespace, box.element_name));
  if (isRecord(box.language)) b.detail('Language', box.language.code);
  b.detail(
    'Parameters',
    records(box.localizable_params)
      .map((param) => str(param.default) ?? '?')
      .join(', '),
  );
}

/** A WhatsApp template sent through `message` (the page's "Template Messages"): its id and each parameter. */
function template(message: unknown, b: PreviewSink): void {
  if (!isRecord(message) || message.template === undefined) return;
  b.detail('Template', message.template);
  const params = isRecord(message.parameters) ? message.parameters : {};
  const plain: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (str(value) !== undefined || typeof value === 'boolean') plain.push(`${key}: ${String(value)}`);
    else if (key === 'quickReply')
      b.detail(
        'Quick replies',
        records(value)
          .map((button) => str(button.button_text) ?? '?')
          .join(', '),
      );
    else if (isRecord(value)) {
      if (value.type === undefined) b.detail(`Header ${key}`, joined(value.link, value.filename));
      else if (value.type === 'url') b.detail(`Button ${key} URL extension`, value.payload);
      else if (value.type === 'otp') b.detail('One-time code', value.value);
      else plain.push(`${key}: ${str(value.fallback_value) ?? '?'}`);
    }
  }
  b.detail('Parameters', plain.join(', '));
}

export function whatsApp(block: JsonObject, path: string, b: PreviewSink, message?: unknown): void {
  // Seed 003's `text: "..."` or the current page's `text: { body }`.
  if (isRecord(block.text)) b.text('Message', `${path}.text.body`, block.text.body);
  else b.text('Message', `${path}.text`, block.text);
  const type = str(block.type);
  if (type !== undefined && Object.hasOwn(MEDIA_LABELS, type)) media(block, type, path, b);
  else if (type === 'location') location(block, b);
  else if (type === 'contacts') contacts(block, b);
  else if (type === 'list') list(block, path, b);
  else if (type === 'reply') reply(block, path, b);
  else if (type === 'hsm') hsm(block, b);
  else if (type !== undefined && type !== 'text') b.detail('Message type', type);
  template(message, b);
}
