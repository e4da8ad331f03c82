import { z } from 'zod';
import { RcsDesign, RcsDesignInput } from '../rcs/design';

// Calls and events of the rcs area: the designer's own library of saved designs. Sending goes
// through outbound:send; templates shared with Compose through templates:save.
export const rcsCalls = {
  /** Newest first. */
  'rcs:listDesigns': { input: z.void(), output: z.array(RcsDesign) },
  /** Creates, or overwrites the design with `id`. */
  'rcs:saveDesign': { input: RcsDesignInput, output: RcsDesign },
  'rcs:deleteDesign': { input: z.object({ id: z.string().min(1) }), output: z.object({ id: z.string() }) },
} as const;

export const rcsEvents = {} as const;
