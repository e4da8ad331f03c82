import { formatTime } from './format';
import { useRequestsStore } from './requests-store';
import { StateChip } from './StateChip';
import { usePagedRows } from './use-paged-rows';

const ROW_HEIGHT = 52;

/** A send's API requests, newest first; virtualized so a 1,000-request bulk send scrolls smoothly. */
export function RequestList() {
  const items = useRequestsStore((s) => s.items);
  const total = useRequestsStore((s) => s.total);
  const selectedId = useRequestsStore((s) => s.selectedId);
  const select = useRequestsStore((s) => s.select);
  const { scrollRef, virtualizer, virtualItems } = usePagedRows({
    items,
    total,
    rowHeight: ROW_HEIGHT,
    key: (item) => item.id,
    loadMore: useRequestsStore.getState().loadMore,
  });

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = items.findIndex((i) => i.id === selectedId);
    const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
    const item = items[next];
    if (item) {
      void select(item.id);
      virtualizer.scrollToIndex(next);
    }
  };

  return (
    <div className="history-list" ref={scrollRef} role="listbox" aria-label="API requests" tabIndex={0} onKeyDown={onKeyDown}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualItems.map((v) => {
          const item = items[v.index]!;
          return (
            <div
              key={v.key}
              role="option"
              aria-selected={item.id === selectedId}
              className={`history-row${item.id === selectedId ? ' selected' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
              onClick={() => void select(item.id)}
            >
              <div className="history-row-main">
                <StateChip state={item.state} />
                <span className="history-row-channel">
                  {item.api} · {item.channel ?? '?'}
                </span>
                <span className="history-row-to">
                  {item.firstAddress ?? 'no destination'}
                  {item.destinations > 1 && ` +${item.destinations - 1}`}
                </span>
              </div>
              <div className="history-row-sub">
                <span>{formatTime(item.createdAt)}</span>
                {item.jobSize > 1 && (
                  <span>
                    request {item.seq}/{item.jobSize}
                  </span>
                )}
                {item.attempts > 1 && <span>{item.attempts} tries</span>}
                {item.responseCode && <span className="history-row-code">{item.responseCode}</span>}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
