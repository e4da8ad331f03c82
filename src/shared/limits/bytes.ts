/**
 * A size in words, in decimal units (1 KB = 1000 B): the reading of the vendor's "350 KB" /
 * "10 MB" limits that Relaydesk enforces, so a size and the limit it is held against compare.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
