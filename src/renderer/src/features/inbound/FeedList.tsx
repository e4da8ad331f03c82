import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { selectedIndex, useFeedStore } from './feed-store';
import { FeedRow, PlaceholderRow } from './FeedRow';

export const ROW_HEIGHT = 40;

/** The virtualized feed: only the rows in view (plus a few) are in the DOM, pages load on scroll. */
export function FeedList() {
  const rows = useFeedStore((s) => s.rows);
  const total = useFeedStore((s) => s.total);
  const selectedId = useFeedStore((s) => s.selectedId);
  const marked = useFeedStore((s) => s.marked);
  const markedSet = useMemo(() => new Set(marked), [marked]);
  const prepended = useFeedStore((s) => s.prepended);
  const autoScroll = useFeedStore((s) => s.autoScroll);
  const buffered = useFeedStore((s) => s.buffered.length);
  const setPaused = useFeedStore((s) => s.setPaused);
  const loading = useFeedStore((s) => s.loading);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Rows not loaded yet still take their place, so the scrollbar reflects the whole result.
  const count = Math.max(total, rows.length);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index]?.id ?? `pending-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items.length > 0 ? items[0]!.index : 0;
  const lastIndex = items.length > 0 ? items[items.length - 1]!.index : 0;
  const waiting = items.some((item) => rows[item.index] === undefined);

  // Loads the pages in and around the view: a drag of the scrollbar to the end loads only the end.
  useEffect(() => {
    void useFeedStore.getState().ensureLoaded(firstIndex, lastIndex);
  }, [firstIndex, lastIndex, rows, total]);

  // Live rows land on top: follow them when auto-scroll is on, else keep what the user reads still.
  const seen = useRef(prepended);
  useLayoutEffect(() => {
    const added = prepended - seen.current;
    seen.current = prepended;
    const el = scrollRef.current;
    if (!el || added <= 0) return;
    if (autoScroll) el.scrollTop = 0;
    else if (el.scrollTop > 0) el.scrollTop += added * ROW_HEIGHT;
  }, [prepended, autoScroll]);

  // Keyboard moves keep the selection in view.
  useEffect(() => {
    const index = selectedIndex(useFeedStore.getState());
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, virtualizer]);

  const open = useCallback((id: string, how: { toggle: boolean; range: boolean }) => {
    const store = useFeedStore.getState();
    if (how.range) store.markRange(id);
    else if (how.toggle) store.toggleMark(id);
    else store.openDetail(id);
  }, []);

  return (
    <div className="ib-feed-list-wrap">
      {buffered > 0 && (
        <button type="button" className="ib-new-pill" onClick={() => setPaused(false)}>
          {buffered} new · resume
        </button>
      )}
      {loading && waiting && (
        <div className="ib-loading-pill" role="status">
          Loading events {(firstIndex + 1).toLocaleString()}–{Math.min(lastIndex + 1, total).toLocaleString()} of {total.toLocaleString()}…
        </div>
      )}
      <div
        ref={scrollRef}
        className="ib-feed-list"
        role="listbox"
        aria-label="Inbound events"
        aria-multiselectable="true"
        aria-activedescendant={selectedId ? `feed-row-${selectedId}` : undefined}
        tabIndex={0}
        data-testid="feed-list"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const event = rows[item.index];
            return (
              <div key={item.key} className="ib-feed-row-slot" style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
                {event ? (
                  <FeedRow event={event} selected={event.id === selectedId} marked={markedSet.has(event.id)} onOpen={open} />
                ) : (
                  <PlaceholderRow />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
