import type { Profile } from '../../../shared/profiles/profile';

/** Everything one outbound request needs to reach the right API with the right credentials. */
export interface SendTarget {
  profile: Profile;
  /** e.g. https://api.us.webexconnect.io or the in-app sandbox's http://127.0.0.1:PORT */
  baseUrl: string;
  /** `key` and/or `Authorization: Bearer <JWT>` (a fresh JWT per call). Never logged or stored. */
  headers: Record<string, string>;
}

/** What the profiles area offers other areas. */
export interface ProfilesService {
  list(): Profile[];
  /** By id or by name (case-insensitive); undefined when there is none. */
  find(idOrName: string): Profile | undefined;
  /** The profile to use when none is named (the built-in Sandbox unless the user chose another). */
  defaultProfile(): Profile;
  /**
   * Throws ContractError (code 'credentials') when the secret is missing or the keychain is
   * unavailable. The headers carry live credentials: put them on the request, nowhere else.
   */
  target(profileId: string): Promise<SendTarget>;
}
