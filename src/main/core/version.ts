/** Replaced at build time by electron-vite's define; falls back for tests run from source. */
declare const __RELAYDESK_VERSION__: string | undefined;

export const RELAYDESK_VERSION: string = typeof __RELAYDESK_VERSION__ === 'string' ? __RELAYDESK_VERSION__ : '0.0.0-dev';
