import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calls, events } from '../../src/shared/contract';

/** A readable description of each schema, so a change to the bridge shows up in review. */
function describeSchema(schema: z.ZodType): unknown {
  try {
    return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });
  } catch {
    return schema.def.type;
  }
}

describe('the contract surface', () => {
  it('is exactly what the snapshot says (update it deliberately, and say why)', () => {
    const surface = {
      calls: Object.fromEntries(
        Object.entries(calls).map(([name, spec]) => [name, { input: describeSchema(spec.input), output: describeSchema(spec.output) }]),
      ),
      events: Object.fromEntries(Object.entries(events).map(([name, schema]) => [name, describeSchema(schema)])),
    };
    expect(surface).toMatchSnapshot();
  });

  it('names every call and event area:verb', () => {
    for (const name of [...Object.keys(calls), ...Object.keys(events)]) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });
});
