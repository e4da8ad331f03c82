import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function HistoryPage() {
  return (
    <div className="page">
      <PageHeader title="History" subtitle="Every request you sent, with its response, receipts and replies." />
      <EmptyState icon="↺" title="No messages sent yet">
        <p>Messages you send from Compose, the RCS Designer or the CLI appear here with their full timeline.</p>
      </EmptyState>
    </div>
  );
}
