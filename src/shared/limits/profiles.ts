// Limits of the profiles area. Vendor facts cite their seed; the rest are Relaydesk's own bounds.

/** Destinations per second an account is configured for unless the user says otherwise (seed 001: "if your TPS is 10"). */
export const DEFAULT_PROFILE_TPS = 10;
/** Highest TPS a profile may declare; vendor accounts are configured far below this. */
export const MAX_PROFILE_TPS = 10_000;
/** Longest profile name, so lists and the CLI stay readable. */
export const MAX_PROFILE_NAME_LENGTH = 64;
/** Longest service ID, service key or JWT secret accepted (vendor values are far shorter). */
export const MAX_CREDENTIAL_LENGTH = 1024;
/** Longest sender ID / app ID per channel. */
export const MAX_SENDER_ID_LENGTH = 128;
/** Test connection gives up on a host after this long (ms) and calls it unreachable. */
export const TEST_CONNECTION_TIMEOUT_MS = 5_000;
/** Server-side JWT lifetime (vendor: 60 minutes). Relaydesk mints a fresh token per request. */
export const JWT_SERVER_LIFETIME_SECONDS = 60 * 60;
