import type { ApiVersion } from '../../../shared/api/api-version';

/** Where each API takes a send (v2 seed 001, v1 seed 003); the sandbox serves the same paths. */
export const SEND_PATHS: Record<ApiVersion, string> = {
  v2: '/v2/messages',
  v1: '/resources/v1/messaging',
};

export function sendUrl(baseUrl: string, api: ApiVersion): string {
  return `${baseUrl.replace(/\/+$/, '')}${SEND_PATHS[api]}`;
}
