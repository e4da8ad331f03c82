import { z } from 'zod';

// Placeholder until the RCS area lands its full model (text, media, rich card, carousel,
// agentEvent, suggestions). The v2 request schema imports RcsContent from here.
export const RcsContent = z.looseObject({});
export type RcsContent = z.infer<typeof RcsContent>;
