import { type z } from 'zod';
import { calls, isCallName, type Handlers } from '../../shared/contract';
import { ContractError, ErrorCodes, zodToContractError, type ContractErrorShape } from '../../shared/errors';

export type DispatchResult = { ok: true; output: unknown } | { ok: false; error: ContractErrorShape };

export type Dispatch = (name: unknown, input: unknown) => Promise<DispatchResult>;

/**
 * The one door into the core for both bridges (IPC and WebSocket): checks the name, parses the
 * input, runs the handler and parses the output, so nothing undeclared (a secret, a stack) leaves.
 */
export function createDispatch(handlers: Handlers, onInternalError?: (e: unknown) => void): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return { ok: false, error: { code: ErrorCodes.unknownCall, message: `Unknown call ${String(name)}` } };
    }
    const spec = calls[name];
    const parsedInput = spec.input.safeParse(input);
    if (!parsedInput.success) return { ok: false, error: zodToContractError(parsedInput.error).toShape() };
    try {
      const handler = handlers[name] as (i: unknown) => unknown;
      const result = await handler(parsedInput.data);
      const output = (spec.output as z.ZodType).parse(result);
      return { ok: true, output };
    } catch (error) {
      if (error instanceof ContractError) return { ok: false, error: error.toShape() };
      onInternalError?.(error);
      return {
        ok: false,
        error: { code: ErrorCodes.internal, message: 'Something went wrong inside Relaydesk; the details are in its log.' },
      };
    }
  };
}
