import type { TestRecipients } from '../../../../shared/compose/model';
import type { JsonObject } from '../../../../shared/compose/recipients';
import { detectApi } from '../../../../shared/api/api-version';
import type { Values } from '../../../../shared/template/substitution';

/** The draft addressed to the user's own test numbers/addresses, with one recipient's values. */
export function testBody(body: JsonObject, channel: string, recipients: TestRecipients, values: Values): JsonObject | string {
  const email = channel === 'email';
  const addresses = email ? recipients.email : recipients.msisdn;
  if (addresses.length === 0) {
    return `No test ${email ? 'email addresses' : 'numbers'} yet: add yours in Settings → Test recipients.`;
  }
  if (detectApi(body) === 'v1') {
    return { ...body, destination: [{ [email ? 'email' : 'msisdn']: addresses }] };
  }
  const group: JsonObject = { [email ? 'email' : 'msisdn']: addresses };
  if (Object.keys(values).length > 0) group.substitutions = { ...values };
  return { ...body, to: [group] };
}
