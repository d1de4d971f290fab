import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '@sotchart/engine';
import { panelOrder } from './panel-order';

test('the default pack’s rows: what decides a category first, then supporting, the grid, records', () => {
  const ids = panelOrder(defaultPack).map((s) => s.id);
  assert.deepEqual(ids.slice(0, 5), ['leg_check', 'heel_tension', 'arm_fossa', 'slr', 'sciatic_pain_points']);
  // Supporting indicators keep the pack's order, the grid follows them, then the records.
  assert.ok(ids.indexOf('cervical_stairstep') < ids.indexOf('occipital_fibers'));
  assert.deepEqual(ids.slice(ids.indexOf('occipital_fibers')), [
    'occipital_fibers',
    'anatomical_leg_difference',
    'head_tilt',
    'zygomatic_rom',
    'cranial_restriction',
    'ts_point',
  ]);
  assert.equal(ids.length, defaultPack.indicators.length);
});
