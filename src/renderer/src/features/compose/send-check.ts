import { checkMediaSizes } from '../../../../shared/compose/media-sizes';
import type { AttachmentProbe } from '../../../../shared/compose/model';
import { previewAll } from '../../../../shared/compose/preview';
import type { SendBlocker, ValidateResult } from '../../../../shared/contract/outbound';
import type { Profile } from '../../../../shared/profiles/profile';
import { describeRegionHost } from '../../../../shared/profiles/regions';

/** Everything the confirmation shows before a send is queued, and whether it may be queued at all. */
export interface SendCheck {
  recipients: number;
  requests: number;
  profileName: string;
  endpoint: string;
  /** SMS parts per recipient (min..max) and over the whole send; null for channels without parts. */
  segments: { min: number; max: number; total: number } | null;
  ucs2Recipients: string[];
  /** Variable name -> recipients (addresses) who would get it as typed. */
  unresolved: { name: string; recipients: string[] }[];
  /** Limits the final messages break, and rule errors from the outbox. */
  problems: string[];
  /** What the outbox notes but sends anyway (documents that disagree, unknown fields). */
  notes: string[];
  /** Anything here refuses the send; each says how to fix it. The outbox's `blockers`, and rule errors. */
  blockers: SendBlocker[];
}

/** `attachmentSizes`: what the media's servers said (see attachment-probes), for email attachments and WhatsApp media given only by URL. */
export function buildSendCheck(
  body: unknown,
  result: ValidateResult,
  profile: Profile | undefined,
  profileId: string,
  attachmentSizes: ReadonlyMap<string, AttachmentProbe> = new Map(),
): SendCheck {
  const previews = previewAll(body).filter((p) => p.recipient !== null);
  const parts: number[] = [];
  const ucs2: string[] = [];
  const unresolved = new Map<string, string[]>();
  const problems: string[] = [];
  for (const p of previews) {
    const address = p.recipient!.address;
    // Parts are what SMS (and RCS's SMS fallback) is billed by; other v1 channels only borrow the bubble.
    const sms = p.channel === 'sms' ? (p.sms ?? null) : (p.rcs?.fallback ?? null);
    if (sms) {
      parts.push(sms.analysis.segments);
      if (sms.analysis.encoding === 'UCS-2') ucs2.push(address);
    }
    for (const name of p.missing) unresolved.set(name, [...(unresolved.get(name) ?? []), address]);
    for (const problem of p.problems) problems.push(problem.message);
  }
  for (const error of result.errors) problems.push(error.path ? `${error.path}: ${error.message}` : error.message);
  const blockers = [...result.blockers];
  for (const sizes of checkMediaSizes(body, attachmentSizes)) {
    problems.push(...sizes.warnings);
    if (sizes.error) blockers.push({ code: sizes.error.code, message: `${sizes.path}: ${sizes.error.message}` });
  }
  if (result.errors.length > 0)
    blockers.push({
      code: 'invalid_request',
      message: `The request has ${result.errors.length} problem(s) (listed above): fix them in the form or the JSON tab.`,
    });
  return {
    recipients: result.batches.destinations || previews.length,
    requests: result.batches.count,
    profileName: profile?.name ?? profileId,
    endpoint: profile ? (profile.baseUrl ?? describeRegionHost(profile.region, profile.baseUrl)) : 'unknown',
    // reduce, not Math.min(...parts): a spread of 100,000 arguments overflows the stack.
    segments:
      parts.length === 0
        ? null
        : parts.reduce((s, n) => ({ min: Math.min(s.min, n), max: Math.max(s.max, n), total: s.total + n }), {
            min: Infinity,
            max: 0,
            total: 0,
          }),
    ucs2Recipients: ucs2,
    unresolved: [...unresolved].map(([name, recipients]) => ({ name, recipients })),
    problems,
    notes: (result.warnings ?? []).map((w) => (w.path ? `${w.path}: ${w.message}` : w.message)),
    blockers,
  };
}
