// Where a profile sends: the built-in sandbox, a public Webex Connect / IMIconnect host, or a
// custom base URL. Presets are written once here and shown by the region picker with their host.

export interface RegionPreset {
  id: string;
  label: string;
  /** Base URL without a trailing slash. */
  baseUrl: string;
  family: 'webexconnect' | 'imiconnect';
}

const webex = (code: string, label: string): RegionPreset => ({
  id: code,
  label: `Webex Connect ${label}`,
  baseUrl: `https://api.${code}.webexconnect.io`,
  family: 'webexconnect',
});

const legacy = (code: string | null, label: string): RegionPreset => ({
  id: code === null ? 'imiconnect' : `imiconnect-${code}`,
  label: `IMIconnect (legacy) ${label}`,
  baseUrl: code === null ? 'https://api.imiconnect.io' : `https://api.${code}.imiconnect.io`,
  family: 'imiconnect',
});

export const REGION_PRESETS: readonly RegionPreset[] = [
  webex('us', 'US'),
  webex('us1', 'US 1'),
  webex('eu', 'Europe'),
  webex('uk', 'United Kingdom'),
  webex('ca', 'Canada'),
  webex('in', 'India'),
  webex('au', 'Australia'),
  legacy(null, 'global'),
  legacy('us', 'US'),
  legacy('eu', 'Europe'),
  legacy('uk', 'United Kingdom'),
  legacy('in', 'India'),
  legacy('au', 'Australia'),
];

/** The local sandbox; its URL is only known at run time (the port is picked at start). */
export const SANDBOX_REGION = 'sandbox';
/** Any other host, given as a base URL. */
export const CUSTOM_REGION = 'custom';

export const REGION_IDS: readonly string[] = [SANDBOX_REGION, ...REGION_PRESETS.map((r) => r.id), CUSTOM_REGION];

export function findRegion(id: string): RegionPreset | undefined {
  return REGION_PRESETS.find((r) => r.id === id);
}

/** What the picker shows next to a region: the host it resolves to. */
export function describeRegionHost(region: string, customBaseUrl: string | null): string {
  if (region === SANDBOX_REGION) return 'local sandbox (127.0.0.1)';
  if (region === CUSTOM_REGION) return customBaseUrl ?? 'a base URL you enter';
  const preset = findRegion(region);
  return preset ? preset.baseUrl.replace(/^https:\/\//, '') : 'unknown region';
}
