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
  /** Drops rows already shown when a page overlaps the previous one (rows came in meanwhile). */
  key?(item: T): string;
}

/**
 * Loads a list a page at a time as the user scrolls. A reload keeps as many rows as are shown;
 * an answer to an older query (a filter changed while it was on its way) is dropped.
 */
export function createPager<T>(o: PagerOptions<T>) {
  let generation = 0;
  return {
    /** `fresh`: the filter changed, so read the first page only. */
    async reload(fresh = false): Promise<void> {
      const limit = fresh ? o.pageSize : Math.min(o.maxPage, Math.max(o.pageSize, o.read().items.length));
      const request = o.fetch(0, limit);
      if (!request) return;
      const mine = ++generation;
      o.write({ loading: true });
      try {
        const page = await request;
        if (mine === generation) o.write({ items: page.items, total: page.total, loading: false, error: null });
      } catch (error) {
        if (mine === generation) o.write({ loading: false, error: `The ${o.noun} could not be loaded: ${errorMessage(error)}` });
      }
    },
    async loadMore(): Promise<void> {
      const { items, total, loading } = o.read();
      if (loading || items.length >= total) return;
      const request = o.fetch(items.length, o.pageSize);
      if (!request) return;
      const mine = generation;
      o.write({ loading: true });
      try {
        const page = await request;
        if (mine !== generation) return;
        const seen = o.key ? new Set(items.map(o.key)) : null;
        const fresh = seen ? page.items.filter((item) => !seen.has(o.key!(item))) : page.items;
        o.write({ items: [...items, ...fresh], total: page.total, loading: false });
      } catch (error) {
        if (mine === generation) o.write({ loading: false, error: `More ${o.noun} could not be loaded: ${errorMessage(error)}` });
      }
    },
  };
}
