import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api-errors';
import { ProfileDetail } from './ProfileDetail';
import { ProfileEditor } from './ProfileEditor';
import { downloadText } from '../../components/browser-io';
import { readJsonFile } from './profile-files';
import { ProfileList } from './ProfileList';
import { useProfilesStore } from './profiles-store';
import './profiles.css';

/** Settings → Profiles: the services you send through, their secrets and a connection test. */
export function ProfilesSection() {
  const { profiles, loaded, banner, selection, load, select, setBanner, exportJson, importJson } = useProfilesStore();
  const [notice, setNotice] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const selected = selection?.kind === 'profile' ? profiles.find((p) => p.id === selection.id) : undefined;
  const ownCount = profiles.filter((p) => !p.builtIn).length;

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      setNotice(await importJson(await readJsonFile(file)));
      setBanner(null);
    } catch (error) {
      setNotice(null);
      setBanner(`Import failed, nothing was changed: ${errorMessage(error)}`);
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const onExport = async () => {
    try {
      downloadText('relaydesk-profiles.json', await exportJson(), 'application/json');
      setNotice(`Exported ${ownCount} profile(s), without secrets.`);
    } catch (error) {
      setBanner(errorMessage(error));
    }
  };

  return (
    <div
      className="profiles-section"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && selection?.kind === 'new') select(null);
      }}
    >
      <div className="profiles-toolbar">
        <p className="field-hint">
          One profile per Webex Connect / IMIconnect service. Secrets stay in the OS keychain and are never shown again.
        </p>
        <div className="profiles-toolbar-actions">
          <button type="button" className="button primary" onClick={() => select({ kind: 'new' })}>
            + New profile
          </button>
          <button type="button" className="button" onClick={() => fileRef.current?.click()}>
            Import…
          </button>
          <button type="button" className="button" onClick={() => void onExport()} disabled={ownCount === 0}>
            Export
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Import profiles file"
            onChange={(e) => void onImport(e.target.files?.[0])}
          />
        </div>
      </div>
      {banner && (
        <div className="error-banner" role="alert">
          {banner}
        </div>
      )}
      {notice && (
        <div className="notice-banner" role="status">
          {notice}
        </div>
      )}
      <div className="profiles-layout">
        <div className="profiles-side">
          {loaded && <ProfileList profiles={profiles} selection={selection} onSelect={(id) => select({ kind: 'profile', id })} />}
          {loaded && ownCount === 0 && (
            <div className="profiles-empty">
              <strong>No profiles of your own yet</strong>
              <span>The Sandbox works out of the box. Add a profile for each service you send through: test and live, in any region.</span>
            </div>
          )}
        </div>
        <div className="profiles-main">
          {selection?.kind === 'new' ? (
            <div className="profile-detail">
              <header className="profile-detail-head">
                <h3>New profile</h3>
              </header>
              <ProfileEditor onCancel={() => select(null)} />
              <p className="field-hint">After creating it, enter its secret: it goes straight to the OS keychain.</p>
            </div>
          ) : selected ? (
            <ProfileDetail profile={selected} />
          ) : (
            <div className="profiles-placeholder">Choose a profile on the left, or create a new one.</div>
          )}
        </div>
      </div>
    </div>
  );
}
