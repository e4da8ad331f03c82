import { z } from 'zod';

// "Check status": GET {base}/v2/messages/{messageId} with the same key or JWT as sending. The
// answer is read liberally (every field optional, unknown ones kept): the vendor's status pages
// (developers.webexconnect.io/reference/call-status, …/get-sms-api-v1) list different fields per
// channel. The built-in sandbox answers the same shape (src/main/core/sandbox/status.ts).

/** Path of the status check of one v2 message, under the profile's base URL. */
export function v2StatusPath(messageId: string): string {
  return `/v2/messages/${encodeURIComponent(messageId)}`;
}

const text = z.union([z.string(), z.number()]).transform(String);

export const MessageStatusAnswer = z.looseObject({
  messageId: text.optional(),
  channel: text.optional(),
  /** The latest status in the vendor's words (QUEUED, SUBMITTED, DELIVERED, READ, FAILED...). */
  status: text.optional(),
  statusTime: text.optional(),
  requestTimestamp: text.optional(),
  description: text.optional(),
  correlationId: text.optional(),
  /** A status code (the channel's, as in receipts), when the answer carries one. */
  code: text.optional(),
  destinations: z
    .array(
      z.looseObject({
        address: text.optional(),
        status: text.optional(),
        statusTime: text.optional(),
        code: text.optional(),
        channel: text.optional(),
      }),
    )
    .optional(),
});
export type MessageStatusAnswer = z.output<typeof MessageStatusAnswer>;

/** One line for the user: "DELIVERED at 2026-12-03T08:00:02Z (sms)", or why the answer says nothing. */
export function describeMessageStatus(body: unknown): string {
  const parsed = MessageStatusAnswer.safeParse(body);
  if (!parsed.success || parsed.data.status === undefined) return 'the answer names no status';
  const { status, statusTime, channel } = parsed.data;
  return `${status}${statusTime ? ` at ${statusTime}` : ''}${channel ? ` (${channel})` : ''}`;
}
