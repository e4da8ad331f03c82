import { z } from 'zod';
import { describeZodError } from '../../shared/errors';
import { CliError } from './command';

export const PortFlag = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be 0-65535')
  .max(65535, 'must be 0-65535');

/** Parses one flag's value with zod and names the flag in the error. */
export function parseFlag<T extends z.ZodType>(flag: string, schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(`--${flag}: ${describeZodError(result.error)} (got ${JSON.stringify(value)})`);
  return result.data;
}
