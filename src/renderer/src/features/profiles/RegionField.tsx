import { SANDBOX_JWT_SECRET, SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../../../shared/sandbox';
import { CUSTOM_REGION, describeRegionHost, REGION_PRESETS, SANDBOX_REGION } from '../../../../shared/profiles/regions';

/** Region picker that shows the host the choice resolves to, plus the base URL for "custom". */
export function RegionField(props: {
  region: string;
  baseUrl: string;
  onRegion(region: string): void;
  onBaseUrl(url: string): void;
  regionError?: string;
  baseUrlError?: string;
  showErrors: boolean;
}) {
  const isCustom = props.region === CUSTOM_REGION;
  const host = describeRegionHost(props.region, props.baseUrl.trim() || null);
  return (
    <>
      <div className="field">
        <label htmlFor="profile-region">Region</label>
        <select
          id="profile-region"
          value={props.region}
          onChange={(e) => props.onRegion(e.target.value)}
          aria-describedby="profile-region-host"
        >
          <optgroup label="Local">
            <option value={SANDBOX_REGION}>Built-in sandbox</option>
          </optgroup>
          <optgroup label="Webex Connect">
            {REGION_PRESETS.filter((r) => r.family === 'webexconnect').map((r) => (
              <option key={r.id} value={r.id}>
                {r.label.replace('Webex Connect ', '')}
              </option>
            ))}
          </optgroup>
          <optgroup label="IMIconnect (legacy hosts)">
            {REGION_PRESETS.filter((r) => r.family === 'imiconnect').map((r) => (
              <option key={r.id} value={r.id}>
                {r.label.replace('IMIconnect (legacy) ', 'IMIconnect ')}
              </option>
            ))}
          </optgroup>
          <optgroup label="Other">
            <option value={CUSTOM_REGION}>Custom base URL…</option>
          </optgroup>
        </select>
        <span id="profile-region-host" className="field-hint" data-testid="region-host">
          {props.region === SANDBOX_REGION ? (
            'Sends to the sandbox built into Relaydesk; nothing leaves this computer'
          ) : (
            <>
              Sends to <span className="mono">{host}</span>
            </>
          )}
        </span>
        {props.region === SANDBOX_REGION && (
          <span className="field-hint">
            The sandbox accepts service ID <code>{SANDBOX_SERVICE_ID}</code> with key <code>{SANDBOX_SERVICE_KEY}</code> or JWT secret{' '}
            <code>{SANDBOX_JWT_SECRET}</code> (test values, not secrets).
          </span>
        )}
        {props.showErrors && props.regionError && <span className="field-error">{props.regionError}</span>}
      </div>
      {isCustom && (
        <div className="field">
          <label htmlFor="profile-base-url">Base URL</label>
          <input
            id="profile-base-url"
            type="url"
            placeholder="https://api.example.com"
            value={props.baseUrl}
            onChange={(e) => props.onBaseUrl(e.target.value)}
            aria-invalid={props.showErrors && !!props.baseUrlError}
            aria-describedby="profile-base-url-error"
          />
          {props.showErrors && props.baseUrlError && (
            <span id="profile-base-url-error" className="field-error">
              {props.baseUrlError}
            </span>
          )}
        </div>
      )}
    </>
  );
}
