import { z } from 'zod';

/** What the browser sends over the socket: one contract call. */
export const SocketRequest = z.object({
  id: z.number().int().nonnegative(),
  call: z.string().min(1),
  input: z.unknown().optional(),
});
export type SocketRequest = z.infer<typeof SocketRequest>;
