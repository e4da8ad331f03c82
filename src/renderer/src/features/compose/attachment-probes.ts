import { useEffect } from 'react';
import { create } from 'zustand';
import { ATTACHMENT_PROBE_TIMEOUT_MS } from '../../../../shared/compose/attachment-sizes';
import type { AttachmentProbe } from '../../../../shared/compose/model';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';

/**
 * Attachment sizes the core learnt (HEAD per URL), kept for the session: typing elsewhere in the
 * draft, reopening the preview or sending asks again only for URLs it has not seen. The renderer
 * never fetches a URL itself.
 */
interface ProbeState {
  probes: Readonly<Record<string, AttachmentProbe>>;
  /** URLs the core is being asked about now. */
  checking: Readonly<Record<string, true>>;
}

export const useAttachmentProbes = create<ProbeState>(() => ({ probes: {}, checking: {} }));

/** The contract's cap on URLs per call. */
const BATCH = 50;
/** Send waits this long at most: past the core's own per-URL timeout, the answer is "size unknown". */
export const SEND_PROBE_WAIT_MS = ATTACHMENT_PROBE_TIMEOUT_MS + 3_000;

const inFlight = new Map<string, Promise<AttachmentProbe>>();

async function askCore(urls: string[]): Promise<AttachmentProbe[]> {
  useAttachmentProbes.setState((s) => ({ checking: { ...s.checking, ...Object.fromEntries(urls.map((u) => [u, true as const])) } }));
  let answers: AttachmentProbe[];
  let cache = true;
  try {
    answers = await api['compose:probeAttachments']({ urls });
  } catch (error) {
    // The core could not be asked (disconnected): unknown now, asked again next time.
    cache = false;
    answers = urls.map((url) => ({ url, bytes: null, mimeType: null, error: `could not ask the core (${errorMessage(error)})` }));
  }
  useAttachmentProbes.setState((s) => {
    const checking = { ...s.checking };
    for (const url of urls) delete checking[url];
    return { checking, probes: cache ? { ...s.probes, ...Object.fromEntries(answers.map((a) => [a.url, a])) } : s.probes };
  });
  return answers;
}

/** Each URL's size, from the session's cache or the core; `fresh` asks again even for known URLs. */
export function probeAttachmentUrls(urls: readonly string[], options: { fresh?: boolean } = {}): Promise<AttachmentProbe[]> {
  const known = useAttachmentProbes.getState().probes;
  const wanted = [...new Set(urls)].filter((u) => !inFlight.has(u) && (options.fresh === true || known[u] === undefined));
  for (let i = 0; i < wanted.length; i += BATCH) {
    const batch = wanted.slice(i, i + BATCH);
    const call = askCore(batch);
    for (const url of batch) {
      const answer = call.then((answers) => answers.find((a) => a.url === url)!);
      inFlight.set(url, answer);
      void answer.finally(() => inFlight.delete(url));
    }
  }
  return Promise.all(urls.map((u) => inFlight.get(u) ?? Promise.resolve(known[u]!)));
}

/**
 * The sizes for a send: what is known, waiting for the rest no longer than SEND_PROBE_WAIT_MS (a
 * slow server turns into "size unknown", never a Send that hangs).
 */
export async function probesForSend(urls: readonly string[]): Promise<Map<string, AttachmentProbe>> {
  const seconds = SEND_PROBE_WAIT_MS / 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), SEND_PROBE_WAIT_MS)));
  const answers = await Promise.race([probeAttachmentUrls(urls), late]);
  clearTimeout(timer);
  const probes = new Map<string, AttachmentProbe>();
  for (const url of urls)
    probes.set(url, answers?.find((a) => a.url === url) ?? { url, bytes: null, mimeType: null, error: `no answer within ${seconds} s` });
  return probes;
}

/** The session's known sizes as a lookup. */
export function knownProbes(probes: Readonly<Record<string, AttachmentProbe>>): Map<string, AttachmentProbe> {
  return new Map(Object.entries(probes));
}

/** Typing a URL asks its server once the typing pauses, not at every keystroke. */
const PROBE_DEBOUNCE_MS = 600;

/** The preview's automatic probe: asks the core about these URLs (those not known yet) once typing pauses. */
export function useProbeWhenIdle(urls: readonly string[]): void {
  const key = urls.join('\n');
  useEffect(() => {
    if (key === '') return undefined;
    const timer = setTimeout(() => void probeAttachmentUrls(key.split('\n')), PROBE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
}
