import { create } from 'zustand';
import type { InboundEvent, InboundEventRow } from '../../../../shared/inbound/event';
import { INBOUND_PAGE_MAX } from '../../../../shared/limits/inbound';
import { errorMessage } from '../../api-errors';
import { getEvent, queryFeed } from './feed-api';
import { emptyFilter, matchesFilter, type FeedFilter } from './feed-filter';
import { idsBetween, indexOfId, moveTarget, newestFirst, totalAfterPage } from './feed-rows';

export type InboundTab = 'feed' | 'conversations' | 'rejected' | 'setup';

/** The live feed: newest first, paged from the core as the user scrolls, fed by pushes. */
interface FeedState {
  tab: InboundTab;
  filter: FeedFilter;
  /**
   * The list, newest first, by position. Sparse: a row not loaded yet is a hole, so a jump to the
   * end of 100,000 rows loads only the page there.
   */
  rows: (InboundEventRow | undefined)[];
  /** Rows matching the filter in the core (grows with live events). */
  total: number;
  /** The core stopped counting at a cap (a search): at least `total` match; pages past it extend it. */
  totalIsLowerBound: boolean;
  loading: boolean;
  /** The first page for the current filter has answered. */
  ready: boolean;
  error: string | null;
  paused: boolean;
  /** Events that arrived while paused, newest first; shown on resume. */
  buffered: InboundEventRow[];
  autoScroll: boolean;
  /** Rows ever put on top of the list by live pushes; the list keeps the viewport steady by it. */
  prepended: number;
  selectedId: string | null;
  /** Rows picked with Ctrl/Cmd- or Shift-click (or x), for export. */
  marked: string[];
  detailOpen: boolean;
  detail: InboundEvent | null;
  detailError: string | null;

  setTab(tab: InboundTab): void;
  setFilter(patch: Partial<FeedFilter>): void;
  resetFilter(): void;
  reload(): Promise<void>;
  /** Loads the pages that rows `first`..`last` (and a margin around them) are in. */
  ensureLoaded(first: number, last: number): Promise<void>;
  receive(events: InboundEventRow[]): void;
  setPaused(paused: boolean): void;
  setAutoScroll(on: boolean): void;
  select(id: string | null): void;
  /** Adds or removes one row from the marked set. */
  toggleMark(id: string): void;
  /** Marks every row from the selected one to `id`. */
  markRange(id: string): void;
  clearMarks(): void;
  move(delta: number): void;
  openDetail(id?: string): void;
  closeDetail(): void;
}

const PAGE = INBOUND_PAGE_MAX;
/** Rows loaded ahead of the viewport so scrolling rarely shows placeholders. */
const PREFETCH = 200;
/** Rows loaded above the viewport after a jump, for scrolling back up. */
const PREFETCH_ABOVE = 100;

// Outside the state: a Set copied on every push would cost O(n) per event at 100k rows.
let known = new Set<string>();
let generation = 0;
let paging: Promise<void> | null = null;
/**
 * Positions are counted against the first page's answer: `anchor` is the cursor just above its
 * newest row (rows only arrive with higher ids, so the rows below it never move), and
 * `liveAbove` counts the live rows put on top since. Row i is then offset i - liveAbove from it.
 */
let anchor: string | null = null;
let liveAbove = 0;

/** Rows get ids in commit order, so one below the anchor was already counted by the first page. */
function isNew(event: InboundEventRow): boolean {
  return anchor === null || Number(event.id) >= Number(anchor);
}
/** Live rows shown while a reload is in flight: its answer may predate them, so they are kept. */
let liveDuringReload: InboundEventRow[] | null = null;

export const useFeedStore = create<FeedState>((set, get) => {
  async function loadDetail(id: string): Promise<void> {
    set({ detailError: null });
    try {
      const detail = await getEvent(id);
      if (get().selectedId === id) set({ detail });
    } catch (error) {
      if (get().selectedId === id) set({ detail: null, detailError: errorMessage(error) });
    }
  }

  /** Loads the page of rows starting at position `start` into place. */
  function loadAt(start: number): Promise<void> {
    const mine = generation;
    const liveBefore = liveAbove;
    paging = (async () => {
      set({ loading: true });
      try {
        const page = await queryFeed(get().filter, Date.now(), anchor, PAGE, start - liveBefore);
        if (mine !== generation) return;
        // Live rows that arrived meanwhile moved everything down.
        const at = start + (liveAbove - liveBefore);
        const rows = get().rows.slice();
        page.events.forEach((e, i) => {
          if (rows[at + i] === undefined) rows[at + i] = e;
          known.add(e.id);
        });
        set({ rows, ...totalAfterPage(get(), at, page), loading: false });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: errorMessage(error) });
      } finally {
        paging = null;
      }
    })();
    return paging;
  }

  return {
    tab: 'feed',
    filter: emptyFilter,
    rows: [],
    total: 0,
    totalIsLowerBound: false,
    loading: false,
    ready: false,
    error: null,
    paused: false,
    buffered: [],
    autoScroll: true,
    prepended: 0,
    selectedId: null,
    marked: [],
    detailOpen: false,
    detail: null,
    detailError: null,

    setTab: (tab) => set({ tab }),

    setFilter: (patch) => {
      set({ filter: { ...get().filter, ...patch } });
      void get().reload();
    },

    resetFilter: () => {
      set({ filter: emptyFilter });
      void get().reload();
    },

    reload: async () => {
      const mine = ++generation;
      paging = null;
      liveDuringReload = [];
      // The new first page includes whatever waited behind the pause under the old filter.
      set({ loading: true, error: null, buffered: [] });
      try {
        const page = await queryFeed(get().filter, Date.now(), null, PAGE);
        if (mine !== generation) return;
        known = new Set(page.events.map((e) => e.id));
        anchor = page.events.length > 0 ? String(Number(page.events[0]!.id) + 1) : null;
        // Pushed during the reload: only rows newer than the answer's newest are not in its count.
        const missed = newestFirst((liveDuringReload ?? []).filter((e) => isNew(e) && !known.has(e.id)));
        for (const e of missed) known.add(e.id);
        liveDuringReload = null;
        liveAbove = missed.length;
        set({
          rows: missed.concat(page.events),
          total: page.total + missed.length,
          totalIsLowerBound: page.totalIsLowerBound ?? false,
          loading: false,
          ready: true,
        });
      } catch (error) {
        if (mine !== generation) return;
        liveDuringReload = null;
        // Rows of the previous filter would read as results of this one: show the error alone.
        known = new Set();
        anchor = null;
        liveAbove = 0;
        set({ rows: [], total: 0, totalIsLowerBound: false, loading: false, ready: true, error: errorMessage(error) });
      }
    },

    ensureLoaded: async (first, last) => {
      const started = generation;
      for (;;) {
        const { rows, total } = get();
        // Rows above liveAbove came live and are always present.
        const from = Math.max(liveAbove, first - PREFETCH_ABOVE);
        const to = Math.min(total, last + PREFETCH);
        let hole = -1;
        for (let i = from; i < to; i++) {
          if (rows[i] === undefined) {
            hole = i;
            break;
          }
        }
        if (hole < 0 || anchor === null) return;
        await (paging ?? loadAt(hole));
        if (started !== generation || get().error) return;
      }
    },

    receive: (events) => {
      const state = get();
      // A push can trail the page that already counted its row (pushes are batched for 60 ms).
      const fresh = events.filter((e) => isNew(e) && !known.has(e.id));
      if (fresh.length === 0) return;
      for (const e of fresh) known.add(e.id);
      const now = Date.now();
      const matching = newestFirst(fresh.filter((e) => matchesFilter(e, state.filter, now)));
      if (matching.length === 0) return;
      if (state.paused) {
        set({ buffered: matching.concat(state.buffered) });
        return;
      }
      liveDuringReload?.push(...matching);
      liveAbove += matching.length;
      set({
        rows: (matching as FeedState['rows']).concat(state.rows),
        total: state.total + matching.length,
        prepended: state.prepended + matching.length,
      });
    },

    setPaused: (paused) => {
      const state = get();
      if (paused === state.paused) return;
      if (paused) {
        set({ paused: true });
        return;
      }
      liveAbove += state.buffered.length;
      set({
        paused: false,
        buffered: [],
        rows: (state.buffered as FeedState['rows']).concat(state.rows),
        total: state.total + state.buffered.length,
        prepended: state.prepended + state.buffered.length,
      });
    },

    setAutoScroll: (autoScroll) => set({ autoScroll }),

    select: (selectedId) => {
      set({ selectedId });
      if (selectedId && get().detailOpen) {
        set({ detail: null });
        void loadDetail(selectedId);
      }
    },

    toggleMark: (id) => {
      const { marked } = get();
      set({ marked: marked.includes(id) ? marked.filter((m) => m !== id) : [...marked, id], selectedId: id });
    },

    markRange: (id) => {
      const { rows, selectedId, marked } = get();
      const range = idsBetween(rows, selectedId, id);
      if (range.length > 0) set({ marked: [...new Set([...marked, ...range])] });
    },

    clearMarks: () => set({ marked: [] }),

    move: (delta) => {
      const { rows, selectedId, total } = get();
      const next = moveTarget(rows, total, selectedId, delta);
      if (next < 0) return;
      const row = rows[next];
      if (row) return get().select(row.id);
      // Not loaded yet (End on a long list, or past a jump): load its page, then select it.
      const mine = generation;
      void get()
        .ensureLoaded(next, next)
        .then(() => {
          const loaded = get().rows[next];
          if (loaded && mine === generation) get().select(loaded.id);
        });
    },

    openDetail: (id) => {
      const target = id ?? get().selectedId;
      if (!target) return;
      set({ selectedId: target, detailOpen: true, detail: get().detail?.id === target ? get().detail : null });
      void loadDetail(target);
    },

    closeDetail: () => set({ detailOpen: false }),
  };
});

/** Index of the selected row, or -1. */
export function selectedIndex(state: Pick<FeedState, 'rows' | 'selectedId'>): number {
  return indexOfId(state.rows, state.selectedId);
}
