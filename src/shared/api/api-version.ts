import { z } from 'zod';

/** The two messaging APIs: v1 (`deliverychannel`, seed 003) and v2 (`channel`, seed 001). */
export const ApiVersion = z.enum(['v1', 'v2']);
export type ApiVersion = z.infer<typeof ApiVersion>;
