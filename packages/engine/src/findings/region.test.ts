import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { regionOfSegment } from './region';
import { segments } from './segment';

describe(regionOfSegment.name, () => {
  const rows = [
    ['OC', 'head'],
    ['C1', 'cervical'],
    ['C7', 'cervical'],
    ['T1', 'thoracic'],
    ['T12', 'thoracic'],
    ['L1', 'lumbar'],
    ['L5', 'lumbar'],
    ['SA', 'sacral'],
    ['CO', 'sacral'],
    ['IL', 'pelvic'],
  ] as const;
  for (const [segment, region] of rows)
    test(`codes ${segment} to ${region} (REFERENCE §8)`, () => {
      assert.equal(regionOfSegment(segment), region);
    });

  test('has a region for all 28 segments, head to tail (REFERENCE §2)', () => {
    assert.equal(segments.length, 28);
    assert.deepEqual([segments[0], segments[27]], ['OC', 'CO']);
    for (const s of segments) assert.equal(typeof regionOfSegment(s), 'string');
  });
});
