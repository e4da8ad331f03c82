import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

/**
 * A virtualized list of fixed-height rows over a paged store: only the rows in view are drawn,
 * and the next page is asked for when the view comes within `ahead` rows of the loaded end.
 */
export function usePagedRows<T>(o: {
  items: T[];
  total: number;
  rowHeight: number;
  key(item: T, index: number): string;
  loadMore(): Promise<void>;
  overscan?: number;
  ahead?: number;
}) {
  const { items, total, loadMore } = o;
  const ahead = o.ahead ?? 20;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => o.rowHeight,
    overscan: o.overscan ?? 10,
    getItemKey: (index) => o.key(items[index]!, index),
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.length > 0 ? virtualItems[virtualItems.length - 1]!.index : 0;

  useEffect(() => {
    if (items.length < total && lastIndex >= items.length - ahead) void loadMore();
  }, [lastIndex, items.length, total, ahead, loadMore]);

  return { scrollRef, virtualizer, virtualItems };
}
