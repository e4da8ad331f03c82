import { useEffect, useState } from 'react';
import { InboundChannel, InboundKind, InboundSource } from '../../../../shared/inbound/event';
import { ReceiptState } from '../../../../shared/inbound/receipt-state';
import { DELIVERY_LABELS } from '../../components/delivery';
import { isFilterActive, type FeedFilter, type TimeRange } from './feed-filter';
import { channelLabels, kindLabels, sourceLabels } from './feed-format';
import { useFeedStore } from './feed-store';

export const SEARCH_INPUT_ID = 'inbound-search';
const SEARCH_DEBOUNCE_MS = 250;

const ranges: { value: TimeRange; label: string }[] = [
  { value: 'all', label: 'Any time' },
  { value: '15m', label: 'Last 15 minutes' },
  { value: '1h', label: 'Last hour' },
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: 'custom', label: 'Between…' },
];

function Select<T extends string>(props: {
  label: string;
  value: T | '';
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T | '') => void;
}) {
  return (
    <label className="ib-feed-select">
      <span className="visually-hidden">{props.label}</span>
      <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as T | '')}>
        <option value="">{`Any ${props.label.toLowerCase()}`}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search (debounced), filters, and the live controls: pause and auto-scroll. */
export function FeedToolbar() {
  const { filter, setFilter, resetFilter, paused, setPaused, autoScroll, setAutoScroll, total, totalIsLowerBound, buffered } =
    useFeedStore();
  const [search, setSearch] = useState(filter.search);

  useEffect(() => {
    setSearch(filter.search);
  }, [filter.search]);
  useEffect(() => {
    if (search === useFeedStore.getState().filter.search) return;
    const timer = setTimeout(() => setFilter({ search }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, setFilter]);

  const set = (patch: Partial<FeedFilter>) => setFilter(patch);
  return (
    <div className="ib-feed-toolbar" role="toolbar" aria-label="Feed filters">
      <div className="ib-feed-toolbar-row">
        <input
          id={SEARCH_INPUT_ID}
          className="ib-feed-search"
          type="search"
          placeholder="Search text, address, status, ids  ( / )"
          aria-label="Search inbound events"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setFilter({ search });
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
        />
        <Select
          label="Source"
          value={filter.source}
          options={InboundSource.options}
          labels={sourceLabels}
          onChange={(source) => set({ source })}
        />
        <Select label="Kind" value={filter.kind} options={InboundKind.options} labels={kindLabels} onChange={(kind) => set({ kind })} />
        <Select
          label="Channel"
          value={filter.channel}
          options={InboundChannel.options}
          labels={channelLabels}
          onChange={(channel) => set({ channel })}
        />
        <Select
          label="Direction"
          value={filter.direction}
          options={['inbound', 'outbound'] as const}
          labels={{ inbound: 'From users', outbound: 'About our sends' }}
          onChange={(direction) => set({ direction })}
        />
        <Select
          label="Status"
          value={filter.status}
          options={ReceiptState.options}
          labels={DELIVERY_LABELS}
          onChange={(status) => set({ status })}
        />
      </div>
      <div className="ib-feed-toolbar-row ib-feed-live-controls">
        <label className="ib-feed-select">
          <span className="visually-hidden">Time range</span>
          <select aria-label="Time range" value={filter.range} onChange={(e) => set({ range: e.target.value as TimeRange })}>
            {ranges.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        {filter.range === 'custom' && (
          <span className="ib-feed-custom-range">
            <input
              type="datetime-local"
              aria-label="From time"
              value={filter.fromLocal}
              onChange={(e) => set({ fromLocal: e.target.value })}
            />
            <span aria-hidden="true">–</span>
            <input type="datetime-local" aria-label="To time" value={filter.toLocal} onChange={(e) => set({ toLocal: e.target.value })} />
          </span>
        )}
        {isFilterActive(filter) && (
          <button type="button" className="button ib-subtle" onClick={resetFilter}>
            Clear filters
          </button>
        )}
        <span className="ib-feed-count" data-testid="feed-count" aria-live="polite">
          {total.toLocaleString()}
          {totalIsLowerBound ? '+' : ''} {total === 1 && !totalIsLowerBound ? 'event' : 'events'}
          {isFilterActive(filter) ? ' match' : ''}
        </span>
        <span className="ib-key-hint" aria-hidden="true">
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>x</kbd> pick · <kbd>/</kbd> search · <kbd>Space</kbd> pause
        </span>
        <span className={paused ? 'ib-live-dot paused' : 'ib-live-dot'} aria-hidden="true" />
        <span className="feed-live-state">{paused ? `Paused${buffered.length ? ` · ${buffered.length} waiting` : ''}` : 'Live'}</span>
        <button type="button" className="button" aria-pressed={paused} onClick={() => setPaused(!paused)} title="Pause or resume (Space)">
          {paused ? '▶ Resume' : '❚❚ Pause'}
        </button>
        <label className="ib-feed-check">
          <input type="checkbox" checked={autoScroll} onChange={(e) => setAutoScroll(e.target.checked)} />
          Auto-scroll to newest
        </label>
      </div>
    </div>
  );
}
