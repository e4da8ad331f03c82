import { destinationGroups } from '../api/destinations';
import { v1ChannelOf } from '../api/v1-channels';
import { v1MainText } from '../compose/preview-v1';
import { globalValues, toValues } from '../compose/recipients';
import { isRecord } from '../is-record';
import { substitute, type Values } from '../template/substitution';
import type { ApiVersion } from '../api/api-version';

// What each destination of a request gets: the message's text with their $(variables) filled in
// (personal over global, the same engine as the preview). Kept per recipient at queue time, so
// History, conversations and the sandbox's replies show what a recipient got, not the template.

export interface RecipientText {
  address: string;
  correlationId: string | null;
  /** null when the text lives at the vendor (a template id) or the channel has none. */
  text: string | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The field a recipient reads first: SMS/RCS text (or RCS fallback), an email's subject, a v1 channel's text. */
function messageText(api: ApiVersion, body: Record<string, unknown>): string | null {
  if (api === 'v1') {
    const channel = v1ChannelOf(body.deliverychannel);
    return channel === undefined ? null : v1MainText(body.channels, channel);
  }
  const content = isRecord(body.content) ? body.content : {};
  if (body.channel === 'email') return str(content.subject) ?? str(content.text);
  const options = isRecord(body.options) ? body.options : {};
  return str(content.text) ?? str(options.text);
}

/** One entry per destination, in the order of the request's destination groups (v1's answer order). */
export function personalise(api: ApiVersion, body: unknown): RecipientText[] {
  if (!isRecord(body)) return [];
  const template = messageText(api, body);
  const groups = api === 'v1' ? body.destination : body.to;
  const topCorrelation = str(api === 'v1' ? body.correlationid : body.correlationId);
  // A text without $(...) is every recipient's as it is: no values to read, nothing to fill in.
  const plain = template === null || !template.includes('$(');
  const global: Values = plain ? {} : globalValues(body);
  return destinationGroups(api, body).flatMap((group) => {
    const raw = Array.isArray(groups) ? (groups as unknown[])[group.index] : undefined;
    const personal = !plain && api === 'v2' && isRecord(raw) ? toValues(raw.substitutions) : {};
    const text = plain ? template : substitute(template, personal, global).text;
    const correlationId = group.correlationId ?? topCorrelation;
    return group.addresses.map((address) => ({ address, correlationId, text }));
  });
}
