import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding, Segment } from '@sotchart/engine';
import { compareSites } from './site-order';

const fossa = (site: 'upper' | 'lower'): Finding => ({
  indicator: 'arm_fossa',
  phase: 'pre',
  side: 'R',
  site: { fossa: site },
  positive: true,
});
const cell = (line: 1 | 2 | 3, area: 1 | 2 | 3 | 4 | 5 | 6 | 7, side: 'L' | 'R'): Finding => ({
  indicator: 'occipital_fibers',
  phase: 'pre',
  side,
  site: { line, area },
  grade: 1,
});
const ts = (level: Segment, structure: string): Finding => ({
  indicator: 'ts_point',
  phase: 'pre',
  side: 'L',
  site: { level, structure },
  positive: true,
});

test('the upper fossa comes before the lower, whatever order they were charted in (issue 18)', () => {
  assert.deepEqual(
    [fossa('lower'), fossa('upper')].sort(compareSites).map((f) => f.site?.fossa),
    ['upper', 'lower'],
  );
});

test('grid cells go by line, then area, then left before right', () => {
  const sorted = [cell(2, 1, 'R'), cell(1, 7, 'R'), cell(1, 7, 'L'), cell(1, 2, 'L')].sort(compareSites);
  assert.deepEqual(
    sorted.map((f) => `${f.site?.line}.${f.site?.area}${f.side}`),
    ['1.2L', '1.7L', '1.7R', '2.1R'],
  );
});

test('TS points go head to tail by level (T2 before T10), then A before B', () => {
  const sorted = [ts('T10', 'A'), ts('T2', 'B'), ts('T2', 'A'), ts('L1', 'A')].sort(compareSites);
  assert.deepEqual(
    sorted.map((f) => `${f.site?.level}${f.site?.structure}`),
    ['T2A', 'T2B', 'T10A', 'L1A'],
  );
});
