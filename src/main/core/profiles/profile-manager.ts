import { randomUUID } from 'node:crypto';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { ConnectionTestResult } from '../../../shared/profiles/connection-test';
import { keychainProblemMessage, type KeychainStatus } from '../../../shared/profiles/keychain-status';
import { SANDBOX_PROFILE, type Profile, type SecretKind } from '../../../shared/profiles/profile';
import { parseSecret, type ParsedProfileInput } from '../../../shared/profiles/profile-input';
import { CUSTOM_REGION, findRegion, SANDBOX_REGION } from '../../../shared/profiles/regions';
import type { SettingsRepo } from '../db/settings-repo';
import { buildTarget, CredentialsError, type CredentialSources } from './credentials';
import { secretFromEnv } from './env-secrets';
import type { ProfileRecord, ProfileRepo } from './profile-repo';
import { KEYCHAIN_ERROR } from '../keychain/keychain';
import { KeychainUnavailableError, type SecretStore } from './secret-store';
import type { ProfilesService, SendTarget } from './service';
import { describeOutcome, probeConnection } from './test-connection';

const DEFAULT_SETTING = 'profiles.default';

export interface ProfileManagerDeps {
  repo: ProfileRepo;
  settings: SettingsRepo;
  secrets: SecretStore;
  env: NodeJS.ProcessEnv;
  sandboxUrl(): string | null;
  /** Called after every change, with the new list. */
  onChange(profiles: Profile[]): void;
}

/** A keychain failure as the user reads it: words first, with this profile's real variable names, then the raw detail. */
function keychainError(record: ProfileRecord): (error: unknown) => never {
  return (error) => {
    if (error instanceof KeychainUnavailableError) {
      throw new ContractError(
        KEYCHAIN_ERROR,
        keychainProblemMessage({ available: false, reason: error.reason, fix: error.fix, detail: error.detail }, record),
      );
    }
    throw error;
  };
}

/** Profiles: the built-in Sandbox plus the user's, their keychain secrets, and what to send with. */
export class ProfileManager implements ProfilesService {
  private readonly sources: CredentialSources;

  constructor(private readonly deps: ProfileManagerDeps) {
    this.sources = { secrets: deps.secrets, env: deps.env, sandboxUrl: deps.sandboxUrl };
  }

  private defaultId(): string {
    const id = this.deps.settings.get(DEFAULT_SETTING);
    return typeof id === 'string' && this.deps.repo.get(id) ? id : SANDBOX_PROFILE.id;
  }

  private toProfile(record: ProfileRecord, defaultId: string): Profile {
    const status = (kind: SecretKind, setAt: string | null) => ({
      setAt,
      fromEnvironment: secretFromEnv(this.deps.env, record.name, kind) !== undefined,
    });
    return {
      id: record.id,
      name: record.name,
      region: record.region,
      baseUrl: record.baseUrl,
      serviceId: record.serviceId,
      authMode: record.authMode,
      tps: record.tps,
      builtIn: false,
      senders: record.senders,
      secrets: { key: status('key', record.keySetAt), jwt: status('jwt', record.jwtSetAt) },
      isDefault: record.id === defaultId,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }

  list(): Profile[] {
    const defaultId = this.defaultId();
    return [
      { ...SANDBOX_PROFILE, isDefault: defaultId === SANDBOX_PROFILE.id },
      ...this.deps.repo.list().map((r) => this.toProfile(r, defaultId)),
    ];
  }

  find(idOrName: string): Profile | undefined {
    const lower = idOrName.toLowerCase();
    return this.list().find((p) => p.id === idOrName) ?? this.list().find((p) => p.name.toLowerCase() === lower);
  }

  /** The profile Compose and the CLI use when none is named. */
  defaultProfile(): Profile {
    return this.list().find((p) => p.isDefault) ?? SANDBOX_PROFILE;
  }

  get(id: string): Profile {
    const profile = this.find(id);
    if (!profile) throw new ContractError(ErrorCodes.notFound, `No profile "${id}"; it may have been deleted.`);
    return profile;
  }

  private record(id: string, action: string): ProfileRecord {
    const profile = this.get(id);
    if (profile.builtIn)
      throw new ContractError(ErrorCodes.forbidden, `The built-in Sandbox profile cannot be ${action}; duplicate it to make your own.`);
    return this.deps.repo.get(profile.id)!;
  }

  private assertFreeName(name: string, exceptId?: string): void {
    const taken = this.find(name);
    if (taken && taken.id !== exceptId && taken.name.toLowerCase() === name.toLowerCase()) {
      throw new ContractError(ErrorCodes.conflict, `name: a profile named "${taken.name}" already exists`, 'name');
    }
  }

  /** "Name", else "Name copy", "Name copy 2"... whichever is free. */
  uniqueName(base: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? `${base}${suffix}` : `${base}${suffix} ${n}`;
      if (!this.find(candidate)) return candidate;
    }
  }

  private settingsOf(
    input: ParsedProfileInput,
  ): Pick<ProfileRecord, 'name' | 'region' | 'baseUrl' | 'serviceId' | 'authMode' | 'tps' | 'senders'> {
    const baseUrl =
      input.region === CUSTOM_REGION ? (input.baseUrl ?? null) : input.region === SANDBOX_REGION ? null : findRegion(input.region)!.baseUrl;
    return {
      name: input.name,
      region: input.region,
      baseUrl,
      serviceId: input.serviceId,
      authMode: input.authMode,
      tps: input.tps,
      senders: input.senders,
    };
  }

  private changed(): void {
    this.deps.onChange(this.list());
  }

  create(input: ParsedProfileInput): Profile {
    this.assertFreeName(input.name);
    const now = new Date().toISOString();
    const record: ProfileRecord = {
      id: randomUUID(),
      ...this.settingsOf(input),
      keySetAt: null,
      jwtSetAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.deps.repo.insert(record);
    this.changed();
    return this.get(record.id);
  }

  update(id: string, input: ParsedProfileInput): Profile {
    const existing = this.record(id, 'edited');
    this.assertFreeName(input.name, existing.id);
    this.deps.repo.update({ ...existing, ...this.settingsOf(input), updatedAt: new Date().toISOString() });
    this.changed();
    return this.get(existing.id);
  }

  /** A copy of the settings under a free name; secrets are not copied (the copy asks for its own). */
  duplicate(id: string): Profile {
    const source = this.get(id);
    const now = new Date().toISOString();
    const record: ProfileRecord = {
      id: randomUUID(),
      name: this.uniqueName(source.name, ' copy'),
      region: source.region,
      baseUrl: source.baseUrl,
      serviceId: source.serviceId,
      authMode: source.authMode,
      tps: source.tps,
      senders: source.senders,
      keySetAt: null,
      jwtSetAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.deps.repo.insert(record);
    this.changed();
    return this.get(record.id);
  }

  /** Deletes the keychain entries first, so a failure leaves nothing orphaned in the keychain. */
  async delete(id: string): Promise<{ id: string }> {
    const record = this.record(id, 'deleted');
    for (const kind of ['key', 'jwt'] as const) {
      try {
        await this.deps.secrets.delete(record.id, kind);
      } catch (error) {
        // With no secret saved there is nothing to orphan, so an absent keychain is no obstacle.
        if ((kind === 'key' ? record.keySetAt : record.jwtSetAt) !== null) keychainError(record)(error);
      }
    }
    this.deps.repo.delete(record.id);
    if (this.deps.settings.get(DEFAULT_SETTING) === record.id) this.deps.settings.set(DEFAULT_SETTING, SANDBOX_PROFILE.id);
    this.changed();
    return { id: record.id };
  }

  setDefault(id: string): Profile {
    const profile = this.get(id);
    this.deps.settings.set(DEFAULT_SETTING, profile.id);
    this.changed();
    return this.get(profile.id);
  }

  /** Whether the keychain can keep secrets now: asked when a profile opens, before a secret is typed. */
  keychainStatus(): Promise<KeychainStatus> {
    return this.deps.secrets.status?.() ?? Promise.resolve({ available: true });
  }

  async setSecret(id: string, kind: SecretKind, secret: string): Promise<Profile> {
    const record = this.record(id, 'given secrets');
    const parsed = parseSecret(kind, secret);
    if (!parsed.success)
      throw new ContractError(ErrorCodes.invalidInput, `secret: ${parsed.error.issues[0]?.message ?? 'invalid'}`, 'secret');
    await this.deps.secrets.set(record.id, kind, parsed.data).catch(keychainError(record));
    this.deps.repo.setSecretTime(record.id, kind, new Date().toISOString());
    this.changed();
    return this.get(record.id);
  }

  async removeSecret(id: string, kind: SecretKind): Promise<Profile> {
    const record = this.record(id, 'changed');
    await this.deps.secrets.delete(record.id, kind).catch(keychainError(record));
    this.deps.repo.setSecretTime(record.id, kind, null);
    this.changed();
    return this.get(record.id);
  }

  async target(profileId: string): Promise<SendTarget> {
    const { serviceKey: _serviceKey, ...target } = await this.fullTarget(profileId);
    return target;
  }

  private fullTarget(profileId: string) {
    const profile = this.get(profileId);
    return buildTarget(this.sources, profile, profile.builtIn ? undefined : this.deps.repo.get(profile.id));
  }

  async testConnection(id: string): Promise<ConnectionTestResult> {
    const profile = this.get(id);
    const started = Date.now();
    const finish = (
      outcome: ConnectionTestResult['outcome'],
      host: string,
      message: string,
      checks: ConnectionTestResult['checks'] = [],
    ): ConnectionTestResult => ({
      profileId: profile.id,
      host,
      outcome,
      message,
      checks,
      testedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
    });
    let target;
    try {
      target = await this.fullTarget(profile.id);
    } catch (error) {
      if (!(error instanceof CredentialsError)) throw error;
      const host = profile.baseUrl ? new URL(profile.baseUrl).host : 'the sandbox';
      const outcome =
        error.reason === 'keychainUnavailable' ? 'keychainUnavailable' : error.reason === 'sandboxDown' ? 'unreachable' : 'missingSecret';
      return finish(outcome, host, error.message);
    }
    const host = new URL(target.baseUrl).host;
    const { outcome, checks } = await probeConnection({ baseUrl: target.baseUrl, headers: target.headers, serviceKey: target.serviceKey });
    return finish(outcome, host, describeOutcome(outcome, host, checks), checks);
  }
}
