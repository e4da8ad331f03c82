import { createHmac } from 'node:crypto';
import type { inboundCalls, ReplayResult } from '../../../shared/contract/inbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { InboundEvent } from '../../../shared/inbound/event';
import { INBOUND_EXPORT_MAX } from '../../../shared/limits/inbound';
import type { AreaHandlers } from '../area';
import type { InboundEventRepo } from './event-repo';
import type { Poller } from './poller';
import type { RejectedRepo } from './rejected-repo';
import { readPreview } from '../response-text';
import type { SecretStore } from './secrets';
import type { Retention } from './retention';
import { webhookSecretAccount, type Verification } from './verification';
import type { AckDurability, ListenerInfo } from '../../../shared/contract/inbound';

export interface InboundHandlerDeps {
  events: InboundEventRepo;
  rejected: RejectedRepo;
  poller: Poller;
  verification: Verification;
  retention: Pick<Retention, 'state' | 'set'>;
  secrets: SecretStore;
  listenerInfo(): ListenerInfo;
  setDurability(durability: AckDurability): ListenerInfo;
  setListenerPort(port: number): Promise<ListenerInfo>;
}

function cursorOf(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  if (!/^\d+$/.test(cursor)) throw new ContractError(ErrorCodes.invalidInput, 'cursor: not a cursor from a previous page', 'cursor');
  return Number(cursor);
}

const REPLAY_TIMEOUT_MS = 15_000;
/** How much of the target's answer a replay shows (and reads). */
const REPLAY_PREVIEW_BYTES = 4096;
/** Characters a token can have and still sit in a URL path unencoded. */
const URL_TOKEN = /^[A-Za-z0-9._~-]+$/;

/** Posts a stored body again, signed or tokened the way our own listener expects when it is the target. */
async function replay(event: InboundEvent, target: string, deps: InboundHandlerDeps): Promise<ReplayResult> {
  const headers: Record<string, string> = {
    'content-type': event.headers['content-type'] || 'application/json',
    'x-relaydesk-replay': event.id,
  };
  let url = target;
  if (target === 'listener') {
    const info = deps.listenerInfo();
    if (!info.running || info.url === null) {
      throw new ContractError(
        ErrorCodes.unavailable,
        `The listener is not running${info.error ? ` (${info.error})` : ''}; start it, then replay.`,
      );
    }
    const source = event.source === 'unknown' ? null : event.source;
    url = `${info.url}/webhooks${source ? `/${source}` : ''}`;
    if (source) {
      const setting = deps.verification.describe(source);
      const secret = setting.mode === 'none' ? null : deps.secrets.get(webhookSecretAccount(source));
      if (setting.mode === 'token' && secret) url += `/${encodeURIComponent(secret)}`;
      if (setting.mode === 'hmac' && secret)
        headers[setting.header] = `sha256=${createHmac('sha256', secret).update(event.raw).digest('hex')}`;
    }
  }
  // The URL as the renderer may see it: a listener's token stays in the keychain.
  const shown = url.replace(/\/webhooks\/(imiconnect|leadconnector)\/[^/]+$/, '/webhooks/$1/<token>');
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body: event.raw, signal: AbortSignal.timeout(REPLAY_TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new ContractError(ErrorCodes.unavailable, `Could not reach ${shown}: ${cause?.code ?? (error as Error).message}`);
  }
  let text: string;
  try {
    text = await readPreview(response, REPLAY_PREVIEW_BYTES);
  } catch (error) {
    text = `(the answer's body could not be read: ${(error as Error).message})`;
  }
  return {
    url: shown,
    httpStatus: response.status,
    responseBody: text,
  };
}

export function createInboundHandlers(deps: InboundHandlerDeps): AreaHandlers<typeof inboundCalls> {
  const mustGet = (id: string): InboundEvent => {
    const event = deps.events.get(id);
    if (!event) throw new ContractError(ErrorCodes.notFound, `No inbound event ${id}.`);
    return event;
  };
  return {
    'inbound:query': ({ filters, cursor, offset, limit }) => {
      const page = deps.events.query(filters, cursorOf(cursor), limit, offset ?? 0);
      return {
        events: page.events,
        total: page.total,
        totalIsLowerBound: page.totalIsLowerBound,
        nextCursor: page.nextCursor === null ? null : String(page.nextCursor),
      };
    },
    'inbound:get': ({ id }) => mustGet(id),
    'inbound:rejected': ({ cursor, limit }) => {
      const page = deps.rejected.page(cursorOf(cursor), limit);
      return { ...page, nextCursor: page.nextCursor === null ? null : String(page.nextCursor) };
    },
    'inbound:replay': ({ id, target }) => replay(mustGet(id), target, deps),
    'inbound:export': (input) => {
      const events =
        'ids' in input ? deps.events.exportByIds(input.ids) : deps.events.exportByFilters(input.filters, INBOUND_EXPORT_MAX + 1);
      const truncated = events.length > INBOUND_EXPORT_MAX;
      const kept = truncated ? events.slice(0, INBOUND_EXPORT_MAX) : events;
      return { ndjson: kept.map((e) => JSON.stringify(e) + '\n').join(''), count: kept.length, truncated };
    },
    'inbound:conversation': ({ address, limit }) => ({ events: deps.events.conversation(address, limit) }),
    'inbound:listenerInfo': () => deps.listenerInfo(),
    'inbound:setDurability': ({ durability }) => deps.setDurability(durability),
    'inbound:setListenerPort': ({ port }) => deps.setListenerPort(port),
    'inbound:verification': () => deps.verification.list(),
    'inbound:setVerification': ({ source, mode, header, secret }) => {
      if (mode !== 'none' && secret === undefined && !deps.verification.describe(source).secretSet) {
        throw new ContractError(ErrorCodes.invalidInput, `secret: ${mode} verification needs a secret`, 'secret');
      }
      // The stored secret becomes the token when none is given (e.g. switching from HMAC).
      const token = mode === 'token' ? (secret ?? deps.secrets.get(webhookSecretAccount(source))) : null;
      if (token !== null && !URL_TOKEN.test(token)) {
        throw new ContractError(
          ErrorCodes.invalidInput,
          `secret: a URL token may use letters, digits and . _ ~ - only (it goes in the path as is)${secret === undefined ? '; the stored secret has others, so enter a new token' : ''}`,
          'secret',
        );
      }
      return deps.verification.set(source, mode, header, secret);
    },
    'inbound:pollSources': () => deps.poller.list(),
    'inbound:addPollSource': (input) => deps.poller.add(input),
    'inbound:removePollSource': ({ id }) => ({ removed: deps.poller.remove(id) }),
    'inbound:setPollSourceEnabled': ({ id, enabled }) => deps.poller.setEnabled(id, enabled),
    'inbound:pollNow': ({ id }) => deps.poller.pollNow(id),
    'inbound:retention': () => deps.retention.state(),
    'inbound:setRetention': (policy) => deps.retention.set(policy),
  };
}
