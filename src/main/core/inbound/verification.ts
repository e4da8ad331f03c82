import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { VerificationSetting } from '../../../shared/contract/inbound';
import { WebhookSource, type WebhookSource as Source } from '../../../shared/inbound/event';
import type { SettingsRepo } from '../db/settings-repo';
import { KeychainUnavailableError } from '../keychain/keychain';
import type { SecretStore } from './secrets';

// Optional webhook verification per source: an HMAC signature header (x-hub-signature:
// sha256=<hex> or sha512=<hex>, over the raw body) or a secret token in the URL path
// (/webhooks/<source>/<token>). Modes and header names are settings; the secrets are in the
// keychain and cached in memory so a request never waits on the keychain.

/** How often a sender's secret the keychain could not give is asked for again (it may get unlocked). */
const KEYCHAIN_RETRY_MS = 10_000;

export const DEFAULT_SIGNATURE_HEADER = 'x-hub-signature';
const SETTINGS_KEY = 'inboundVerification';

const StoredConfig = z.record(
  z.string(),
  z.object({ mode: z.enum(['none', 'hmac', 'token']), header: z.string().default(DEFAULT_SIGNATURE_HEADER) }),
);

export type VerificationFailure = { ok: false; reason: string };
export type VerificationResult = { ok: true } | VerificationFailure;

export interface VerificationRequest {
  source: Source;
  headers: Record<string, string>;
  body: Buffer;
  pathToken: string | null;
}

/** The keychain account of a sender's verification secret (also read by replay and the token check). */
export const webhookSecretAccount = (source: Source) => `inbound-webhook:${source}` as const;

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export class Verification {
  private config: z.infer<typeof StoredConfig>;
  private readonly secrets = new Map<Source, string | null>();
  /** The senders with verification on; kept with the config so a request never recomputes it. */
  private guarded: Source[] = [];
  /** Senders whose secret the keychain could not give: why, and when to ask again. */
  private readonly unreadable = new Map<Source, { reason: string; retryAt: number }>();

  constructor(
    private readonly settings: SettingsRepo,
    private readonly store: SecretStore,
  ) {
    const parsed = StoredConfig.safeParse(settings.get(SETTINGS_KEY) ?? {});
    this.config = parsed.success ? parsed.data : {};
    this.guarded = this.guardedSenders();
    for (const source of this.guarded) this.load(source);
  }

  /** Caches a sender's secret; a keychain that cannot be used leaves it unset, with the reason, instead of stopping the core. */
  private load(source: Source): void {
    try {
      this.secrets.set(source, this.store.get(webhookSecretAccount(source)));
      this.unreadable.delete(source);
    } catch (error) {
      if (!(error instanceof KeychainUnavailableError)) throw error;
      this.secrets.delete(source);
      this.unreadable.set(source, { reason: error.message, retryAt: Date.now() + KEYCHAIN_RETRY_MS });
    }
  }

  list(): VerificationSetting[] {
    return WebhookSource.options.map((source) => this.describe(source));
  }

  describe(source: Source): VerificationSetting {
    const entry = this.config[source];
    return {
      source,
      mode: entry?.mode ?? 'none',
      header: entry?.header ?? DEFAULT_SIGNATURE_HEADER,
      secretSet: (this.secrets.get(source) ?? null) !== null,
    };
  }

  set(source: Source, mode: 'none' | 'hmac' | 'token', header?: string, secret?: string): VerificationSetting {
    if (secret !== undefined) {
      this.store.set(webhookSecretAccount(source), secret);
      this.secrets.set(source, secret);
      this.unreadable.delete(source);
    } else if (mode !== 'none' && !this.secrets.has(source)) {
      this.secrets.set(source, this.store.get(webhookSecretAccount(source)));
    }
    this.config = {
      ...this.config,
      [source]: { mode, header: (header ?? this.config[source]?.header ?? DEFAULT_SIGNATURE_HEADER).toLowerCase() },
    };
    this.settings.set(SETTINGS_KEY, this.config);
    this.guarded = this.guardedSenders();
    return this.describe(source);
  }

  private guardedSenders(): Source[] {
    return WebhookSource.options.filter((source) => this.modeOf(source) !== 'none');
  }

  /** True when some sender has verification on: then no request is stored unchecked. */
  get anyOn(): boolean {
    return this.guarded.length > 0;
  }

  modeOf(source: Source): 'none' | 'hmac' | 'token' {
    return this.config[source]?.mode ?? 'none';
  }

  check(request: VerificationRequest): VerificationResult {
    const mode = this.modeOf(request.source);
    if (mode === 'none') return { ok: true };
    const secret = this.secrets.get(request.source) ?? this.retryUnreadable(request.source);
    if (secret === null) {
      const unreadable = this.unreadable.get(request.source);
      return unreadable
        ? { ok: false, reason: `${mode} verification is on for ${request.source} but its secret cannot be read: ${unreadable.reason}` }
        : {
            ok: false,
            reason: `${mode} verification is on for ${request.source} but its secret is not in the keychain; set it again in Settings`,
          };
    }
    if (mode === 'token') {
      if (request.pathToken === null) return { ok: false, reason: `missing URL token: post to /webhooks/${request.source}/<token>` };
      return safeEqual(Buffer.from(request.pathToken), Buffer.from(secret))
        ? { ok: true }
        : { ok: false, reason: 'URL token does not match' };
    }
    const header = this.config[request.source]?.header ?? DEFAULT_SIGNATURE_HEADER;
    const value = request.headers[header];
    if (value === undefined) return { ok: false, reason: `missing ${header} header (HMAC verification is on for ${request.source})` };
    const match = /^(sha256|sha512)=([0-9a-f]+)$/i.exec(value.trim());
    if (!match) return { ok: false, reason: `${header} must be sha256=<hex> or sha512=<hex>` };
    const algorithm = match[1]!.toLowerCase();
    const expected = createHmac(algorithm, secret).update(request.body).digest();
    // Buffer.from(hex) drops an odd trailing digit and stops at the first non-hex pair: only the
    // digest's exact length can be compared.
    if (match[2]!.length !== expected.length * 2) {
      return {
        ok: false,
        reason: `${header}: a ${algorithm} signature must be ${expected.length * 2} hex digits, not ${match[2]!.length}`,
      };
    }
    return safeEqual(Buffer.from(match[2]!, 'hex'), expected)
      ? { ok: true }
      : { ok: false, reason: `${header} does not match the body (wrong secret, or the body was changed)` };
  }

  /** A secret the keychain could not give, asked for again at most every KEYCHAIN_RETRY_MS (never once per request). */
  private retryUnreadable(source: Source): string | null {
    const unreadable = this.unreadable.get(source);
    if (!unreadable || Date.now() < unreadable.retryAt) return null;
    this.load(source);
    return this.secrets.get(source) ?? null;
  }

  /**
   * `text` with every sender's secret it holds replaced by `<token>`: a path mistyped around a URL
   * token (a 404, which no route tells apart) must not put the token in the rejected log.
   */
  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets.values()) if (secret) out = out.split(secret).join('<token>');
    return out;
  }

  /**
   * A body no sender's normalizer recognises cannot be checked against its sender's secret, so it
   * must pass the check of at least one sender that has verification on (its signature header
   * with that sender's secret, or that sender's URL token in the path). With verification off
   * everywhere it passes, as any body does.
   */
  checkUnrecognised(request: Omit<VerificationRequest, 'source'>): VerificationResult {
    if (this.guarded.length === 0) return { ok: true };
    for (const source of this.guarded) {
      if (this.check({ ...request, source }).ok) return { ok: true };
    }
    const modes = this.guarded.map((source) => `${source}: ${this.modeOf(source) === 'hmac' ? 'HMAC signature' : 'URL token'}`).join(', ');
    return {
      ok: false,
      reason: `the body is not a payload of a known sender, and verification is on (${modes}): it must carry the signature or URL token of one of them`,
    };
  }
}
