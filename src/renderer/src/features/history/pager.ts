import { errorMessage } from '../../api-errors';

/** The part of a store that holds one paged list. */
export interface PagedSlice<T> {
  items: T[];
  total: number;
  loading: boolean;
  error: string | null;
}

export interface PagerOptions<T> {
  read(): PagedSlice<T>;
  write(patch: Partial<PagedSlice<T>>): void;
  /** One page of the list as the store's filters stand now; null when there is nothing to read. */
  fetch(offset: number, limit: number): Promise<{ items: T[]; total: number }> | null;
  pageSize: number;
  /** The largest page the call takes: a reload re-reads at most this many rows. */
  maxPage: number;
  /** What the list holds, for errors ("sends", "recipients"). */
  noun: string;
  /** Drops rows shown twice when rows came in on top meanwhile (a newest-first list). */
  key?(item: T): string;
}

/**
 * Loads a list a page at a time as the user scrolls, and reloads it live without losing the
 * scroll: a reload re-reads the rows shown (up to `maxPage`) and keeps those below. An answer to
 * an older filter is dropped; live reloads never drop a page loaded by scrolling (during a big
 * send receipts reload the list every second, and scrolling must still reach the end).
 */
export function createPager<T>(o: PagerOptions<T>) {
  let filter = 0;
  let reloads = 0;
  /** The newest reload whose answer is shown: an older answer arriving later is stale. */
  let shown = 0;
  let inFlight = 0;
  let moreInFlight = false;
  const begin = () => {
    inFlight++;
    o.write({ loading: true });
  };
  const end = (patch: Partial<PagedSlice<T>>) => {
    inFlight--;
    o.write({ ...patch, loading: inFlight > 0 });
  };
  const dedupe = (rows: T[]): T[] => {
    if (!o.key) return rows;
    const seen = new Set<string>();
    return rows.filter((row) => {
      const k = o.key!(row);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  return {
    /** `fresh`: the filter changed, so read the first page only and forget older answers. */
    async reload(fresh = false): Promise<void> {
      const limit = fresh ? o.pageSize : Math.min(o.maxPage, Math.max(o.pageSize, o.read().items.length));
      const request = o.fetch(0, limit);
      if (!request) return;
      if (fresh) filter++;
      const myFilter = filter;
      const mine = ++reloads;
      begin();
      try {
        const page = await request;
        if (myFilter !== filter || mine < shown) return end({});
        shown = mine;
        const below = fresh ? [] : o.read().items.slice(page.items.length);
        end({ items: dedupe([...page.items, ...below]).slice(0, Math.max(page.total, page.items.length)), total: page.total, error: null });
      } catch (error) {
        if (myFilter !== filter || mine < shown) return end({});
        end({ error: `The ${o.noun} could not be loaded: ${errorMessage(error)}` });
      }
    },
    async loadMore(): Promise<void> {
      const { items, total } = o.read();
      if (moreInFlight || items.length >= total) return;
      const offset = items.length;
      const request = o.fetch(offset, o.pageSize);
      if (!request) return;
      const myFilter = filter;
      moreInFlight = true;
      begin();
      try {
        const page = await request;
        // The rows shown moved meanwhile (a new filter, or a reload that shortened them): the
        // list asks again for what it lacks.
        const now = o.read().items;
        if (myFilter !== filter || now.length !== offset) return end({});
        end({ items: dedupe([...now, ...page.items]), total: page.total });
      } catch (error) {
        if (myFilter !== filter) return end({});
        end({ error: `More ${o.noun} could not be loaded: ${errorMessage(error)}` });
      } finally {
        moreInFlight = false;
      }
    },
  };
}
