import type { sandboxCalls } from '../../../shared/contract/sandbox';
import type { Area, CoreContext } from '../area';

// The in-app sandbox: a local stand-in for the vendor's API, started with the app.
export function createSandboxArea(_ctx: CoreContext): Area<typeof sandboxCalls> {
  return { service: undefined, handlers: {} };
}
