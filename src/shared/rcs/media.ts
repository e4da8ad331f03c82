// What kind of media a URL points at, read from its extension (the API wants "a publicly
// accessible direct media Url ending in the attachment mimeType").

export type RcsMediaKind = 'image' | 'gif' | 'video' | 'audio' | 'pdf' | 'unknown';

const BY_EXTENSION: Record<string, { kind: RcsMediaKind; mime: string }> = {
  jpg: { kind: 'image', mime: 'image/jpeg' },
  jpeg: { kind: 'image', mime: 'image/jpeg' },
  png: { kind: 'image', mime: 'image/png' },
  webp: { kind: 'image', mime: 'image/webp' },
  gif: { kind: 'gif', mime: 'image/gif' },
  mp4: { kind: 'video', mime: 'video/mp4' },
  m4v: { kind: 'video', mime: 'video/mp4' },
  '3gp': { kind: 'video', mime: 'video/3gpp' },
  webm: { kind: 'video', mime: 'video/webm' },
  mov: { kind: 'video', mime: 'video/quicktime' },
  mp3: { kind: 'audio', mime: 'audio/mpeg' },
  aac: { kind: 'audio', mime: 'audio/aac' },
  ogg: { kind: 'audio', mime: 'audio/ogg' },
  pdf: { kind: 'pdf', mime: 'application/pdf' },
};

export function mediaTypeFromUrl(url: string): { kind: RcsMediaKind; mime: string | null; extension: string | null } {
  const path = url.split(/[?#]/)[0] ?? '';
  const match = /\.([a-z0-9]{2,5})$/i.exec(path);
  const extension = match ? match[1]!.toLowerCase() : null;
  const known = extension ? BY_EXTENSION[extension] : undefined;
  return known ? { ...known, extension } : { kind: 'unknown', mime: null, extension };
}
