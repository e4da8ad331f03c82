import { z } from 'zod';

/** What crosses a bridge when a call fails: never a stack trace. */
export const ContractErrorShape = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
});
export type ContractErrorShape = z.infer<typeof ContractErrorShape>;

/** Error codes shared by core, bridges and renderer. Areas may add their own strings. */
export const ErrorCodes = {
  invalidInput: 'invalid_input',
  notFound: 'not_found',
  conflict: 'conflict',
  unknownCall: 'unknown_call',
  internal: 'internal',
  forbidden: 'forbidden',
  unavailable: 'unavailable',
} as const;

/** A failure with a user-facing message; thrown in core and sent across as ContractErrorShape. */
export class ContractError extends Error {
  readonly code: string;
  readonly path?: string;
  constructor(code: string, message: string, path?: string) {
    super(message);
    this.name = 'ContractError';
    this.code = code;
    if (path !== undefined) this.path = path;
  }
  toShape(): ContractErrorShape {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}

/** Formats a zod path the way users read JSON: `to[0].msisdn[3]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** One line per problem: `path: message`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = formatPath(issue.path);
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join('; ');
}

export function zodToContractError(error: z.ZodError): ContractError {
  const first = error.issues[0];
  const path = first ? formatPath(first.path) : undefined;
  return new ContractError(ErrorCodes.invalidInput, describeZodError(error), path || undefined);
}
