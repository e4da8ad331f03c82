import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ComposePage() {
  return (
    <div className="page">
      <PageHeader title="Compose" subtitle="Write SMS, email and RCS messages and test-send them through API v1 or v2." />
      <EmptyState icon="✎" title="Nothing drafted yet">
        <p>Pick a channel to start a message. Drafts save themselves, and the preview shows each recipient exactly what they will get.</p>
      </EmptyState>
    </div>
  );
}
