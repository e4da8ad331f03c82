import { describe, expect, it } from 'vitest';
import { EMAIL_HTML_MAX_BYTES } from '../../src/shared/compose/channel-limits';
import { formatBytes } from '../../src/shared/limits/bytes';

// One reading of sizes everywhere (email HTML, attachments, RCS media): decimal, as the vendor's
// limits are read, so a size shown next to its limit compares the way the check does.
describe('formatBytes', () => {
  it('reads KB and MB as the vendor limits do (1 KB = 1000 B)', () => {
    expect(formatBytes(EMAIL_HTML_MAX_BYTES)).toBe('350 KB');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(10_000_000)).toBe('10.0 MB');
  });
});
