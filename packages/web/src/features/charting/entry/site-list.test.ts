import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '@sotchart/engine';
import { editAtSite, siteListRows } from './site-list';

const cranial = (structure: string, side: 'L' | 'R' | 'none', phase: 'pre' | 'post' = 'pre'): Finding => ({
  indicator: 'cranial_restriction',
  phase,
  side,
  site: { structure },
  positive: side !== 'none',
});

test('rows list the last visit sites first, then today’s others, then sites just added (issue 18)', () => {
  const rows = siteListRows(
    [cranial('temporal', 'R'), cranial('sphenoid', 'L')],
    [cranial('sphenoid', 'R'), cranial('frontal', 'none')],
    [{ structure: 'vomer' }, { structure: 'temporal' }],
  );
  assert.deepEqual(
    rows.map((r) => [r.key, r.today?.side ?? null, r.last?.side ?? null]),
    [
      ['structure=sphenoid', 'L', 'R'],
      ['structure=frontal', null, 'none'],
      ['structure=temporal', 'R', null],
      ['structure=vomer', null, null],
    ],
  );
});

test('a site is set, changed and cleared on its own, in place, leaving the other sites', () => {
  const start = [cranial('sphenoid', 'L'), cranial('temporal', 'R'), cranial('sphenoid', 'R', 'post')];
  const changed = editAtSite(
    start,
    'cranial_restriction',
    'pre',
    { structure: 'sphenoid' },
    {
      side: 'bilateral',
      positive: true,
    },
  );
  assert.deepEqual(changed, [
    {
      indicator: 'cranial_restriction',
      phase: 'pre',
      side: 'bilateral',
      positive: true,
      site: { structure: 'sphenoid' },
    },
    cranial('temporal', 'R'),
    cranial('sphenoid', 'R', 'post'),
  ]);
  const added = editAtSite(
    changed,
    'cranial_restriction',
    'pre',
    { structure: 'vomer' },
    { side: 'L', positive: true },
  );
  assert.equal(added.length, 4);
  assert.deepEqual(added[3]?.site, { structure: 'vomer' });
  const cleared = editAtSite(added, 'cranial_restriction', 'pre', { structure: 'temporal' }, null);
  assert.deepEqual(
    cleared.map((f) => `${f.phase}:${f.site?.structure}`),
    ['pre:sphenoid', 'post:sphenoid', 'pre:vomer'],
  );
});

test('the row’s site wins over a site carried inside the value (a carried-forward copy)', () => {
  const edited = editAtSite(
    [],
    'ts_point',
    'pre',
    { level: 'T4', structure: 'A' },
    {
      side: 'R',
      positive: true,
      site: { level: 'T9', structure: 'B' },
      carriedForward: true,
    },
  );
  assert.deepEqual(edited, [
    {
      indicator: 'ts_point',
      phase: 'pre',
      side: 'R',
      positive: true,
      carriedForward: true,
      site: { level: 'T4', structure: 'A' },
    },
  ]);
});
