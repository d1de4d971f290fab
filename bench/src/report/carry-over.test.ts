import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergeKeyed, withKeptSubsections } from './carry-over';

describe(mergeKeyed.name, () => {
  test('keeps the previous order, replaces items that have a new version, and places new ones after their predecessor', () => {
    const merged = mergeKeyed(
      [
        { k: 'a', v: 0 },
        { k: 'b', v: 0 },
        { k: 'c', v: 0 },
      ],
      [
        { k: 'a', v: 1 },
        { k: 'a2', v: 1 },
        { k: 'c', v: 1 },
      ],
      (x) => x.k,
    );
    assert.deepEqual(
      merged.map((x) => `${x.k}${x.v}`),
      ['a1', 'a21', 'b0', 'c1'],
    );
  });
});

describe(withKeptSubsections.name, () => {
  test('keeps a subsection that has no new run, under the new preamble', () => {
    const previous = '## Load\n\n### Throughput (measured 1)\n\nold\n\n### Scale (measured 1)\n\nkept';
    const next = '## Load\n\n### Throughput (measured 2)\n\nnew';
    assert.equal(
      withKeptSubsections(previous, next),
      '## Load\n\n### Throughput (measured 2)\n\nnew\n\n### Scale (measured 1)\n\nkept',
    );
  });
});
