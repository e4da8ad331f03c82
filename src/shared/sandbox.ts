/**
 * Well-known credentials of the built-in sandbox. They unlock only the local sandbox, so they are
 * not secrets and need no keychain: that is what lets the console work with no account and no
 * Secret Service. The sandbox accepts them unless started with other credentials.
 */
export const SANDBOX_PROFILE_ID = 'sandbox';
export const SANDBOX_SERVICE_ID = 'sandbox-service';
export const SANDBOX_SERVICE_KEY = 'sandbox-key';
/** base64 of "relaydesk-sandbox-jwt-secret": the JWT secret is base64 as the vendor issues it. */
export const SANDBOX_JWT_SECRET = 'cmVsYXlkZXNrLXNhbmRib3gtand0LXNlY3JldA==';
