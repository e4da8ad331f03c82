import type { rcsCalls } from '../../../shared/contract/rcs';
import type { Area, CoreContext } from '../area';
import { RcsDesignRepo } from './design-repo';

// The rcs area: the designer's saved designs. Sending is outbound's; this area only stores.
export function createRcsArea(ctx: CoreContext): Area<typeof rcsCalls> {
  const designs = new RcsDesignRepo(ctx.db);
  return {
    service: undefined,
    handlers: {
      'rcs:listDesigns': () => designs.list(),
      'rcs:saveDesign': (input) => designs.save(input),
      'rcs:deleteDesign': ({ id }) => {
        designs.delete(id);
        return { id };
      },
    },
  };
}
