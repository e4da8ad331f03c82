import { useEffect } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { CopyButton } from './CopyButton';
import { useFeedStore } from './feed-store';
import { primaryWebhookUrl, useListenerStore } from './listener-store';

/** Nothing has ever arrived: where to point the vendor, and how to try it. */
export function NothingYet(props: { onSetup: () => void }) {
  const { info, load } = useListenerStore();
  useEffect(() => {
    if (!info) void load();
  }, [info, load]);
  const url = primaryWebhookUrl(info);
  return (
    <EmptyState icon="⇣" title="Nothing has arrived yet">
      <p>
        Point your Webex Connect inbound and notify URLs at the listener
        {url ? (
          <>
            {' '}
            <code data-testid="empty-listener-url">{url}</code>
          </>
        ) : null}
        , or send a test message through the sandbox to see its receipt and reply arrive here.
      </p>
      <p className="ib-empty-buttons">
        {url && <CopyButton text={url} label="Copy listener URL" className="button primary" />}
        <button type="button" className="button" onClick={props.onSetup}>
          Setup instructions
        </button>
      </p>
    </EmptyState>
  );
}

export function NoMatches() {
  const resetFilter = useFeedStore((s) => s.resetFilter);
  return (
    <EmptyState icon="⌕" title="No events match">
      <p>Nothing matches these filters. New events that match will still appear here live.</p>
      <p className="ib-empty-buttons">
        <button type="button" className="button" onClick={resetFilter}>
          Clear filters
        </button>
      </p>
    </EmptyState>
  );
}
