import { z } from 'zod';
import { MAX_SENDER_ID_LENGTH } from '../limits/profiles';

// Default `from` per channel (seed 001: "for SMS this will be a senderID, for email the sender
// address and for all OTT channels it will be appId").
export const SENDER_CHANNELS = ['sms', 'email', 'rcs', 'whatsapp', 'messenger', 'appmessaging', 'push'] as const;
export type SenderChannel = (typeof SENDER_CHANNELS)[number];

export const SENDER_LABELS: Record<SenderChannel, { label: string; hint: string }> = {
  sms: { label: 'SMS sender ID', hint: 'Alphanumeric, short code or long code' },
  email: { label: 'Email from address', hint: 'A verified sender address' },
  rcs: { label: 'RCS app ID', hint: 'From the Assets page, e.g. a_1568…' },
  whatsapp: { label: 'WhatsApp app ID', hint: 'From the Assets page' },
  messenger: { label: 'Messenger app ID', hint: 'From the Assets page' },
  appmessaging: { label: 'In-app messaging app ID', hint: 'From the Assets page' },
  push: { label: 'Push app ID', hint: 'From the Assets page' },
};

const SenderValue = z
  .string()
  .trim()
  .min(1, 'must not be empty (leave the field blank to have no default)')
  .max(MAX_SENDER_ID_LENGTH, `at most ${MAX_SENDER_ID_LENGTH} characters`)
  .refine((value) => [...value].every((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f), 'no spaces or control characters');

export const SenderIds = z
  .object(
    Object.fromEntries(SENDER_CHANNELS.map((c) => [c, SenderValue.optional()])) as Record<SenderChannel, z.ZodOptional<typeof SenderValue>>,
  )
  .strict();
export type SenderIds = z.infer<typeof SenderIds>;
