import { flattenInto, jsonish, str, withoutLeftoverEscapes } from './fields';
import { isRecord } from '../is-record';

// What a delivery receipt says beyond its status, as the channel pages of Webex Connect's
// Outbound Webhooks documentation (v6.20) publish it:
// - Clicked (email, SMS via API v2 short links): Description "<url>|<ip>", the browser in
//   additionalInfo (/email-outbound-webhooks, /sms-outbound-webhooks);
// - Clicked on live chat / in-app (code 7528): `interactiveData` {identifier, type, title, url}
//   (/live-chat-in-app-messages-outbound-webhooks);
// - Read with interaction (push, deprecated in-app): `interaction` {Button_Pressed, pushref |
//   MessageRef} (/push-outbound-webhooks);
// - SMS and RCS: `carrier` (and RCS `serviceProvider`) beside deliveryInfo (/rcs-outbound-webhooks), Branded Text's `attemptedUpgradeto` / `upgradeResult`
//   (help.webexconnect.io/docs/rcs-branded-text);
// - Messenger: the Graph API error as an `additional_info` object (help.webexconnect.io/docs/facebook-messenger).
// Their names come in the usual spelling (RECEIPT_KEYS). The vendor escapes some of these strings
// twice: see withoutLeftoverEscapes.

const CLICK = /^(https?:\/\/\S+)\|([0-9A-Fa-f.:]+)$/;

/** Adds the receipt's click, interaction, carrier and upgrade facts to `details`. */
export function addReceiptExtras(
  details: Record<string, string>,
  info: Record<string, unknown>,
  notification: Record<string, unknown>,
  description: string | null,
): void {
  const additional = str(details.additionalInfo);
  if (additional !== null) details.additionalInfo = withoutLeftoverEscapes(additional);
  const click = description === null ? null : CLICK.exec(description.trim());
  if (click) {
    details.clickedUrl = click[1]!;
    details.clickedFromIp = click[2]!;
  }
  const tapped = jsonish(info.interactiveData);
  if (isRecord(tapped)) {
    for (const [key, name] of [
      ['title', 'clickedTitle'],
      ['type', 'clickedType'],
      ['identifier', 'clickedId'],
      ['url', 'clickedUrl'],
    ] as const) {
      const value = str(tapped[key]);
      if (value !== null) details[name] = value;
    }
  }
  const interaction = jsonish(info.interaction);
  if (isRecord(interaction)) {
    for (const key in interaction) {
      const value = str(interaction[key]);
      if (value === null) continue;
      if (key.toLowerCase() === 'button_pressed') details.buttonPressed = value;
      else details[`interaction.${key}`] = value;
    }
  }
  for (const key of ['carrier', 'serviceProvider'] as const) {
    const value = str(notification[key] ?? info[key]);
    if (value !== null) details[key] = value;
  }
  const attempted = str(info.attemptedUpgradeTo);
  const result = str(info.upgradeResult);
  if (attempted !== null) details.attemptedUpgradeTo = attempted;
  if (result !== null) details.upgradeResult = result;
  const providerError = jsonish(info.additional_info);
  if (isRecord(providerError)) {
    // The error object's code and type sit a level or two down.
    flattenInto(details, 'additional_info', providerError, 3);
    const message = isRecord(providerError.error) ? str(providerError.error.message) : str(providerError.message);
    if (message !== null && details.additionalInfo === undefined) details.additionalInfo = message;
  }
}
