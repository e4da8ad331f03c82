import { PageHeader } from '../../components/PageHeader';
import { settingsSections } from './sections';

export function SettingsPage() {
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Profiles, credentials, the listener and appearance." />
      <div className="settings-sections">
        {settingsSections.map(({ id, title, Component }) => (
          <section key={id} className="card" aria-labelledby={`settings-${id}`} style={{ marginBottom: 16 }}>
            <h2 id={`settings-${id}`} style={{ fontSize: 16, marginBottom: 12 }}>
              {title}
            </h2>
            <Component />
          </section>
        ))}
      </div>
    </div>
  );
}
