import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { exactSchema } from './exact-schema';

// The type a schema must match; `b` is the optional field a schema most easily forgets.
interface Sample {
  readonly a: string;
  readonly b?: readonly number[];
}

describe(exactSchema.name, () => {
  test('types a schema of the same shape as the type, readonly aside, and parses with it', () => {
    const schema = exactSchema<Sample>()(z.object({ a: z.string(), b: z.array(z.number()).optional() }));
    const parsed: Sample = schema.parse({ a: 'x', b: [1] });
    assert.deepEqual(parsed, { a: 'x', b: [1] });
  });

  // Each line must fail to compile (`tsc` reports an unused directive otherwise); the runtime calls
  // only show they are real schemas.
  test('refuses at compile time a schema that drifted from its type', () => {
    const drifted = [
      // @ts-expect-error: the optional field is missing from the schema
      exactSchema<Sample>()(z.object({ a: z.string() })),
      // @ts-expect-error: the optional field is required in the schema
      exactSchema<Sample>()(z.object({ a: z.string(), b: z.array(z.number()) })),
      // @ts-expect-error: a field the type does not have
      exactSchema<Sample>()(z.object({ a: z.string(), b: z.array(z.number()).optional(), c: z.boolean() })),
      // @ts-expect-error: a field of another type
      exactSchema<Sample>()(z.object({ a: z.number(), b: z.array(z.number()).optional() })),
    ];
    assert.equal(drifted.length, 4);
  });
});
