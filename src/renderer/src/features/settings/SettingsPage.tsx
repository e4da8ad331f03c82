import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function SettingsPage() {
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Profiles, credentials, the listener and appearance." />
      <EmptyState icon="⚙" title="Using the built-in sandbox">
        <p>Out of the box Relaydesk sends to its local sandbox, so no account is needed. Add a profile with your service ID and key to send through IMIconnect.</p>
      </EmptyState>
    </div>
  );
}
