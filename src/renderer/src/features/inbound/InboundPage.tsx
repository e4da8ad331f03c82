import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ConversationView } from './ConversationView';
import { CopyButton } from './CopyButton';
import { DetailPane } from './DetailPane';
import { ExportButtons } from './ExportButtons';
import { NoMatches, NothingYet } from './FeedEmpty';
import { isFilterActive } from './feed-filter';
import { useFeedStore, type InboundTab } from './feed-store';
import { FeedList } from './FeedList';
import { FeedToolbar } from './FeedToolbar';
import { useConversationStore } from './conversation-store';
import { primaryWebhookUrl, useListenerStore } from './listener-store';
import { useRejectedStore } from './rejected-store';
import { RejectedView } from './RejectedView';
import { SetupView } from './SetupView';
import { useFeedKeys } from './use-feed-keys';
import './inbound.css';

const tabs: { id: InboundTab; label: string }[] = [
  { id: 'feed', label: 'Feed' },
  { id: 'conversations', label: 'Conversations' },
  { id: 'rejected', label: 'Rejected' },
  { id: 'setup', label: 'Setup' },
];

function FeedTab() {
  const { ready, rows, total, filter, buffered, detailOpen, error, setTab } = useFeedStore();
  const openConversation = (address: string) => {
    setTab('conversations');
    void useConversationStore.getState().open(address);
  };
  const empty = ready && !error && rows.length === 0 && total === 0 && buffered.length === 0;
  return (
    <div className="ib-feed-tab">
      <FeedToolbar />
      {error && (
        <div className="error-banner" role="alert">
          {error}{' '}
          <button type="button" className="button ib-small" onClick={() => void useFeedStore.getState().reload()}>
            Retry
          </button>
        </div>
      )}
      <div className={detailOpen ? 'ib-feed-body with-detail' : 'ib-feed-body'}>
        {empty ? isFilterActive(filter) ? <NoMatches /> : <NothingYet onSetup={() => setTab('setup')} /> : <FeedList />}
        {detailOpen && <DetailPane onConversation={openConversation} />}
      </div>
    </div>
  );
}

/** Replies, receipts and webhooks as they arrive, with search, detail, conversations and replay. */
export function InboundPage() {
  const tab = useFeedStore((s) => s.tab);
  const setTab = useFeedStore((s) => s.setTab);
  const unseenRejected = useRejectedStore((s) => s.unseen);
  const listener = useListenerStore((s) => s.info);
  useFeedKeys(tab === 'feed');

  useEffect(() => {
    if (!useFeedStore.getState().ready) void useFeedStore.getState().reload();
    void useListenerStore.getState().load();
  }, []);

  const listenerUrl = primaryWebhookUrl(listener);
  return (
    <div className="page ib-inbound-page">
      <PageHeader
        title="Inbound"
        subtitle="Replies, delivery receipts and webhooks, live as they arrive."
        actions={
          <>
            <ExportButtons />
            <CopyButton text={listenerUrl ?? ''} label="Copy listener URL" disabled={!listenerUrl} />
          </>
        }
      />
      <div className="ib-tabs" role="tablist" aria-label="Inbound views">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'ib-tab active' : 'ib-tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
            {t.id === 'rejected' && unseenRejected > 0 && tab !== 'rejected' && <span className="tab-count">{unseenRejected}</span>}
          </button>
        ))}
      </div>
      <div className="ib-tab-panel" role="tabpanel" aria-label={tabs.find((t) => t.id === tab)?.label}>
        {tab === 'feed' && <FeedTab />}
        {tab === 'conversations' && <ConversationView />}
        {tab === 'rejected' && <RejectedView />}
        {tab === 'setup' && <SetupView />}
      </div>
    </div>
  );
}
