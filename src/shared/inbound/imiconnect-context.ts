import { jsonish, str } from './fields';
import { isRecord } from '../is-record';

// What Webex Connect's Outbound Webhooks and Data Streams put beside any payload (the channel
// pages for email, SMS / Branded Text, developers.webexconnect.io/reference/email-outbound-webhooks
// and help.webexconnect.io/docs/rcs-branded-text): `x-wx-gtrid`, the global transaction id shared
// across Webex products, and `dataIntegration`, an object (or, on email MOs, an array of them)
// whose `context` names the service and flow that sent or received the message. Which service
// and flow an event belongs to is what a user looks for when several send through one tenant.

const CONTEXT_KEYS = ['serviceId', 'serviceName', 'flowId', 'flowName'] as const;

/** Adds `gtrid` and the non-empty service / flow names of `dataIntegration.context` to `details`. */
export function addIntegrationDetails(details: Record<string, string>, body: Record<string, unknown>): void {
  const gtrid = str(body['x-wx-gtrid']);
  if (gtrid !== null) details.gtrid = gtrid;
  const integration = jsonish(body.dataIntegration);
  const list = Array.isArray(integration) ? integration : [integration];
  for (const item of list) {
    if (!isRecord(item) || !isRecord(item.context)) continue;
    for (const key of CONTEXT_KEYS) {
      const value = str(item.context[key]);
      if (value !== null && details[key] === undefined) details[key] = value;
    }
  }
}
