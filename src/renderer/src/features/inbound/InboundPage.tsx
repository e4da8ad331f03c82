import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function InboundPage() {
  return (
    <div className="page">
      <PageHeader title="Inbound" subtitle="Replies, delivery receipts and webhooks, live as they arrive." />
      <EmptyState icon="⇣" title="Nothing has arrived yet">
        <p>Point your IMIconnect inbound and notify URLs at the listener shown in the status bar, or send a test message through the sandbox to see receipts arrive here.</p>
      </EmptyState>
    </div>
  );
}
