import type { ConnectionOutcome } from '../../../../shared/profiles/connection-test';
import type { Profile } from '../../../../shared/profiles/profile';
import { useProfilesStore } from './profiles-store';

const headline: Record<ConnectionOutcome, { text: string; tone: 'ok' | 'warn' | 'danger' }> = {
  accepted: { text: 'Credentials accepted', tone: 'ok' },
  keyRejected: { text: 'Key rejected', tone: 'danger' },
  serviceInactive: { text: 'Service inactive', tone: 'warn' },
  unreachable: { text: 'Host unreachable', tone: 'danger' },
  missingSecret: { text: 'Secret missing', tone: 'warn' },
  keychainUnavailable: { text: 'Keychain unavailable', tone: 'danger' },
  unexpected: { text: 'Unexpected answer', tone: 'warn' },
};

/** "Test connection": a harmless request, answered in words. */
export function ConnectionTestPanel({ profile }: { profile: Profile }) {
  const { tests, testConnection } = useProfilesStore();
  const result = tests[profile.id];
  const running = result === 'running';
  return (
    <div className="connection-test">
      <button type="button" className="button" onClick={() => void testConnection(profile.id)} disabled={running}>
        {running ? 'Testing…' : 'Test connection'}
      </button>
      <div className="connection-result" role="status" aria-live="polite" data-testid="connection-result">
        {result && result !== 'running' && (
          <>
            <span className={`pill ${headline[result.outcome].tone}`}>{headline[result.outcome].text}</span>
            <span>{result.message}</span>
            {result.checks.length > 0 && (
              <span className="field-hint">
                {result.checks.map((c) => `${c.api}: ${c.detail}`).join(' · ')} · {result.durationMs} ms
              </span>
            )}
          </>
        )}
      </div>
    </div>
  );
}
