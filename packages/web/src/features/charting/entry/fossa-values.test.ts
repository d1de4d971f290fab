import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingKey, type Finding } from '@sotchart/engine';
import { editFossa, fossaMode, fossaValue } from './fossa-values';

const indicator = 'arm_fossa';
const at = (fossa: 'upper' | 'lower' | undefined, side: Finding['side'], positive: boolean): Finding => ({
  indicator,
  phase: 'pre',
  side,
  positive,
  ...(fossa === undefined ? {} : { site: { fossa } }),
});
const other: Finding = { indicator: 'heel_tension', phase: 'pre', side: 'L', positive: true };

describe(fossaMode.name, () => {
  test('nothing charted', () => assert.equal(fossaMode([]), null));
  test('a fossa-less result', () => assert.equal(fossaMode([at(undefined, 'R', true)]), 'one'));
  test('results per fossa', () => assert.equal(fossaMode([at('lower', 'none', false)]), 'each'));
});

describe(fossaValue.name, () => {
  const findings = [at('upper', 'R', true), at('lower', 'none', false)];
  test('each fossa its own value', () => {
    assert.deepEqual(fossaValue(findings, 'upper'), { side: 'R', positive: true, site: { fossa: 'upper' } });
    assert.deepEqual(fossaValue(findings, 'lower'), {
      side: 'none',
      positive: false,
      site: { fossa: 'lower' },
    });
  });
  test('the fossa-less value is not a fossa one', () =>
    assert.equal(fossaValue(findings, undefined), undefined));
});

describe(editFossa.name, () => {
  test('upper and lower are two findings with distinct keys', () => {
    const once = editFossa([other], indicator, 'pre', 'upper', { side: 'R', positive: true });
    const both = editFossa(once, indicator, 'pre', 'lower', { side: 'none', positive: false });
    assert.deepEqual(both, [other, at('upper', 'R', true), at('lower', 'none', false)]);
    assert.equal(new Set(both.map(findingKey)).size, 3);
  });
  test('the row value cannot move a finding to another fossa', () => {
    assert.deepEqual(
      editFossa([], indicator, 'pre', 'lower', { side: 'L', positive: true, site: { fossa: 'upper' } }),
      [at('lower', 'L', true)],
    );
  });
  test('re-charting a fossa replaces only it, in place', () => {
    const findings = [at('upper', 'R', true), other, at('lower', 'L', true)];
    assert.deepEqual(editFossa(findings, indicator, 'pre', 'upper', { side: 'bilateral', positive: true }), [
      at('upper', 'bilateral', true),
      other,
      at('lower', 'L', true),
    ]);
  });
  test('clearing a fossa keeps the other', () => {
    const findings = [at('upper', 'R', true), at('lower', 'L', true)];
    assert.deepEqual(editFossa(findings, indicator, 'pre', 'upper', null), [at('lower', 'L', true)]);
  });
  test('a fossa result replaces a fossa-less one', () => {
    const findings = [at(undefined, 'R', true), other];
    assert.deepEqual(editFossa(findings, indicator, 'pre', 'lower', { side: 'none', positive: false }), [
      other,
      at('lower', 'none', false),
    ]);
  });
  test('a fossa-less result replaces the fossa ones', () => {
    const findings = [at('upper', 'R', true), at('lower', 'L', true), other];
    assert.deepEqual(
      editFossa(findings, indicator, 'pre', undefined, { side: 'bilateral', positive: true }),
      [other, at(undefined, 'bilateral', true)],
    );
  });
  test('another phase is left alone', () => {
    const post = { ...at(undefined, 'R', true), phase: 'post' } satisfies Finding;
    assert.deepEqual(editFossa([post], indicator, 'pre', 'upper', { side: 'R', positive: true }), [
      post,
      at('upper', 'R', true),
    ]);
  });
});
