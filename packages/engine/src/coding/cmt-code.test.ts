import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spinalCmtCode } from './cmt-code';

describe(spinalCmtCode.name, () => {
  const cases: { count: number; code: string | null }[] = [
    { count: 0, code: null },
    { count: 1, code: '98940' },
    { count: 2, code: '98940' },
    { count: 3, code: '98941' },
    { count: 4, code: '98941' },
    { count: 5, code: '98942' },
  ];
  for (const c of cases)
    test(`codes ${c.count} spinal region(s) as ${c.code} (clinical-notes §1.5: 1–2, 3–4, 5 regions)`, () => {
      assert.equal(spinalCmtCode(c.count), c.code);
    });

  test('throws on a count no visit can have (an invariant, not input)', () => {
    assert.throws(() => spinalCmtCode(6));
  });
});
