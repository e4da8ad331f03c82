// A JSON path inside `content` in words, so a message can say where before it says which path:
// `cards[1].suggestions[2].displayText` reads "Card 2, suggestion 3, text".

const FIELDS: Record<string, string> = {
  type: 'message type',
  text: 'message text',
  mediaContentUrl: 'media URL',
  fileSize: 'file size',
  richCard: 'rich card',
  orientation: 'orientation',
  thumbnailAlignment: 'thumbnail alignment',
  thumbnail: 'thumbnail',
  title: 'title',
  description: 'description',
  media: 'media',
  url: 'URL',
  height: 'media height',
  width: 'card width',
  cards: 'cards',
  displayText: 'text',
  postbackData: 'postbackData',
  phone: 'phone number',
  latitude: 'latitude',
  longitude: 'longitude',
  query: 'query',
  address: 'address',
  label: 'pin label',
  startTime: 'start time',
  endTime: 'end time',
  meetingTitle: 'event title',
  meetingDescription: 'event description',
  event: 'event',
  messageId: 'message ID',
  suggestions: 'suggestions',
};

type Segment = { key: string } | { index: number };

function segments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push({ index: Number(match[2]) });
    else out.push({ key: match[1]! });
  }
  return out;
}

/** Where a path points, in words; "The message" for the whole content. */
export function describeRcsPath(path: string): string {
  const parts: string[] = [];
  // A whole pasted v2 request reports paths under `content`; the words start inside it.
  const list = segments(path.replace(/^content(?=[.[]|$)\.?/, ''));
  for (let i = 0; i < list.length; i++) {
    const seg = list[i]!;
    const next = list[i + 1];
    if ('index' in seg) {
      parts.push(`item ${seg.index + 1}`);
      continue;
    }
    if (next && 'index' in next && (seg.key === 'cards' || seg.key === 'suggestions')) {
      const inCard = parts.length > 0;
      const noun = seg.key === 'cards' ? 'Card' : inCard ? 'suggestion' : 'Message suggestion';
      parts.push(`${noun} ${next.index + 1}`);
      i++;
      continue;
    }
    if (seg.key === 'richCard' && parts.length === 0 && next) {
      parts.push('Rich card');
      continue;
    }
    if (seg.key === 'url' && parts.at(-1) === 'media') {
      parts[parts.length - 1] = 'media URL';
      continue;
    }
    parts.push(FIELDS[seg.key] ?? seg.key);
  }
  if (parts.length === 0) return 'The message';
  const [first, ...rest] = parts;
  return [first!.charAt(0).toUpperCase() + first!.slice(1), ...rest].join(', ');
}
