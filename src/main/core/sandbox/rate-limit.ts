/**
 * Destinations per second per service, over a sliding one-second window: what the vendor calls
 * TPS. A request is admitted only if all its destinations fit; refused requests do not count.
 * A limit of 0 or undefined means unlimited.
 */
export class DestinationRateLimit {
  private readonly windows = new Map<string, { at: number; count: number }[]>();

  constructor(
    private readonly tps: number | undefined,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  get limit(): number | undefined {
    return this.tps && this.tps > 0 ? this.tps : undefined;
  }

  /** Records and admits `count` destinations for `serviceId`, or refuses them all. */
  admit(serviceId: string, count: number): boolean {
    const limit = this.limit;
    if (limit === undefined) return true;
    const now = this.clock();
    const recent = (this.windows.get(serviceId) ?? []).filter((entry) => now - entry.at < 1000);
    const used = recent.reduce((sum, entry) => sum + entry.count, 0);
    if (used + count > limit) {
      this.windows.set(serviceId, recent);
      return false;
    }
    recent.push({ at: now, count });
    this.windows.set(serviceId, recent);
    return true;
  }
}
