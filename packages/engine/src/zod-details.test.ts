import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { zodDetails } from './zod-details';

const Form = z.strictObject({
  name: z.string().min(1).max(5),
  code: z.string().min(3),
  tags: z.array(z.string()).min(1).max(2),
  visits: z.number().int().max(52),
  weeks: z.number().multipleOf(2),
  side: z.enum(['L', 'R']),
  date: z.iso.date(),
  at: z.iso.datetime(),
  email: z.email(),
  ein: z.string().regex(/^\d{2}-\d{7}$/, 'must be an EIN (12-3456789)'),
  missing: z.string(),
});

describe(zodDetails.name, () => {
  test('words each issue plainly, keeping a schema’s own message', () => {
    const result = Form.safeParse({
      name: 'too long',
      code: 'ab',
      tags: ['a', 'b', 'c'],
      visits: 60,
      weeks: 3,
      side: 'X',
      date: '2026-13-01',
      at: 'noon',
      email: 'x',
      ein: '1',
      extra: true,
    });
    assert.equal(result.success, false);
    assert.deepEqual(zodDetails(result.success ? [] : result.error.issues, ''), [
      { path: 'name', message: 'must be at most 5 characters' },
      { path: 'code', message: 'must be at least 3 characters' },
      { path: 'tags', message: 'allows at most 2 items' },
      { path: 'visits', message: 'must be at most 52' },
      { path: 'weeks', message: 'must be a multiple of 2' },
      { path: 'side', message: 'is not one of the allowed options' },
      { path: 'date', message: 'must be a date as YYYY-MM-DD' },
      { path: 'at', message: 'must be a date and time' },
      { path: 'email', message: 'must be an email address' },
      { path: 'ein', message: 'must be an EIN (12-3456789)' },
      { path: 'missing', message: 'is required' },
      { path: 'extra', message: 'field not allowed here' },
    ]);
  });

  test('a string of at least one character is required, an empty list needs an item', () => {
    const result = z
      .object({ name: z.string().min(1), tags: z.array(z.string()).min(1) })
      .safeParse({ name: '', tags: [] });
    assert.deepEqual(zodDetails(result.success ? [] : result.error.issues, 'body'), [
      { path: 'body.name', message: 'is required' },
      { path: 'body.tags', message: 'needs at least 1 items' },
    ]);
  });
});
