import type { z } from 'zod';
import { describeZodError } from '../errors';
import type { NormalizedEvent, WebhookSource } from './event';
import { TOP_LEVEL_KEYS, withUsualKeys } from './field-case';
import { noCorrelation } from './fields';
import { isRecord } from '../is-record';
import { ImiMoPayload, isImiMo, normalizeImiMo } from './imiconnect-mo';
import {
  DeliveryInfoNotification,
  isDeliveryInfoNotification,
  isV2StatusWebhook,
  normalizeDeliveryInfo,
  normalizeV2Status,
  V2StatusWebhook,
  withUsualReceiptKeys,
} from './imiconnect-receipt';
import { ImiRcsPayload, isImiRcs, normalizeImiRcs } from './imiconnect-rcs';
import { ImiOutboundMessage, isImiOutboundMessage, normalizeImiOutboundMessage } from './imiconnect-outbound-message';
import { isLeadConnector, LeadConnectorMessage, normalizeLeadConnector } from './leadconnector';
import { isProviderOutboundMessage, normalizeProviderOutbound, ProviderOutboundMessage } from './leadconnector-provider';

// Detects which known payload a JSON body is and normalizes it. Pure: the listener, the poller,
// replay and the tests all go through here.

interface Family {
  source: WebhookSource;
  detect(body: Record<string, unknown>): boolean;
  schema: z.ZodType;
  normalize(payload: never): NormalizedEvent;
}

const FAMILIES: readonly Family[] = [
  { source: 'imiconnect', detect: isDeliveryInfoNotification, schema: DeliveryInfoNotification, normalize: normalizeDeliveryInfo },
  { source: 'imiconnect', detect: isImiRcs, schema: ImiRcsPayload, normalize: normalizeImiRcs },
  { source: 'imiconnect', detect: isImiMo, schema: ImiMoPayload, normalize: normalizeImiMo },
  { source: 'imiconnect', detect: isImiOutboundMessage, schema: ImiOutboundMessage, normalize: normalizeImiOutboundMessage },
  { source: 'leadconnector', detect: isLeadConnector, schema: LeadConnectorMessage, normalize: normalizeLeadConnector },
  { source: 'leadconnector', detect: isProviderOutboundMessage, schema: ProviderOutboundMessage, normalize: normalizeProviderOutbound },
  { source: 'imiconnect', detect: isV2StatusWebhook, schema: V2StatusWebhook, normalize: normalizeV2Status },
];

/**
 * Normalizes one parsed JSON body. `source` (from `/webhooks/<source>`) limits detection to that
 * vendor's shapes. Field names are matched whatever their case ("Channel", "userid"). A body no
 * family recognises, or one that looks like a family but fails its schema, is kept as kind
 * `unknown` with the reason in `details.unrecognized`.
 */
export function normalizePayload(input: unknown, source?: WebhookSource): NormalizedEvent {
  const body = isRecord(input) ? withUsualReceiptKeys(withUsualKeys(input, TOP_LEVEL_KEYS)) : input;
  if (isRecord(body)) {
    for (const family of FAMILIES) {
      if (source !== undefined && family.source !== source) continue;
      if (!family.detect(body)) continue;
      const parsed = family.schema.safeParse(body);
      if (parsed.success) return family.normalize(parsed.data as never);
      return unknownEvent(source, `looks like ${family.source} but ${describeZodError(parsed.error)}`);
    }
  }
  return unknownEvent(
    source,
    isRecord(body) ? 'no known payload shape' : `a JSON ${Array.isArray(body) ? 'array' : typeof body}, not an object`,
  );
}

function unknownEvent(source: WebhookSource | undefined, reason: string): NormalizedEvent {
  return {
    source: source ?? 'unknown',
    kind: 'unknown',
    channel: 'other',
    direction: 'inbound',
    from: null,
    to: null,
    fromName: null,
    subject: null,
    text: null,
    attachments: [],
    externalId: null,
    correlation: noCorrelation(),
    status: null,
    eventTime: null,
    details: { unrecognized: reason },
  };
}
