// Sample media for the starting points and blank cards: small pictures shipped in
// resources/samples/, so the designer works offline. Their URLs sit on a reserved host (.invalid
// never resolves, RFC 2606): a design keeps the same URL across runs and ports, the preview shows
// the local file, and the designer warns that the vendor cannot fetch it.

export const RCS_SAMPLE_MEDIA_HOST = 'samples.relaydesk.invalid';

/** Names of the files in resources/samples/ (each `<name>.png`). */
export const RCS_SAMPLE_MEDIA = ['beach', 'city', 'mountain', 'shoe', 'clinic', 'parcel'] as const;
export type RcsSampleMedia = (typeof RCS_SAMPLE_MEDIA)[number];

export function sampleMediaUrl(name: RcsSampleMedia): string {
  return `https://${RCS_SAMPLE_MEDIA_HOST}/${name}.png`;
}

/** The sample a URL names, or null for any other URL. */
export function sampleMediaName(url: string): RcsSampleMedia | null {
  const match = /^https?:\/\/([^/?#]+)\/([a-z]+)\.png(?:[?#].*)?$/i.exec(url.trim());
  if (!match || match[1]!.toLowerCase() !== RCS_SAMPLE_MEDIA_HOST) return null;
  const name = match[2]!.toLowerCase();
  return (RCS_SAMPLE_MEDIA as readonly string[]).includes(name) ? (name as RcsSampleMedia) : null;
}
