let last = 0;

/**
 * Date.now() that never repeats or goes back within this process. Lists sorted "newest first" by
 * updated_at would otherwise order two saves of the same millisecond by row id, not by which
 * came last (a design renamed right after another was saved showed second).
 */
export function writeClock(): number {
  last = Math.max(Date.now(), last + 1);
  return last;
}
