import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../findings/finding';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import { fibre, post } from '../testing/finding-builders';
import { cmrtTargets } from './cmrt-targets';

const clinic = mergePack(defaultPack, { cmrtMap: { '5': ['T5'], '2': ['T2', 'T3'] } }, 1);

describe(cmrtTargets.name, () => {
  test('says "level not mapped" with the default pack (REFERENCE §5)', () => {
    const [target] = cmrtTargets([fibre(2, 5, 'L', 2)], defaultPack);
    assert.equal(target?.levelStatus, 'not_mapped');
    assert.equal(target?.levelNote, 'level not mapped');
    assert.deepEqual(target?.levels, []);
    assert.deepEqual(target?.viscera, []);
    assert.equal(target?.visceraNote, null);
  });

  test('never maps any of the 42 grid sites in the default pack (REFERENCE §5)', () => {
    const grid: Finding[] = [];
    for (const line of [1, 2, 3] as const)
      for (const area of [1, 2, 3, 4, 5, 6, 7] as const) grid.push(fibre(line, area, 'bilateral', 1));
    const targets = cmrtTargets(grid, defaultPack);
    assert.equal(targets.length, 21);
    assert.ok(targets.every((t) => t.levelStatus === 'not_mapped' && t.levels.length === 0));
  });

  test('names each line type (REFERENCE §5 lines)', () => {
    const targets = cmrtTargets([fibre(3, 1, 'R', 1), fibre(1, 1, 'R', 1), fibre(2, 1, 'R', 1)], defaultPack);
    assert.deepEqual(
      targets.map((t) => [t.line, t.lineType, t.tender, t.listing]),
      [
        [1, 'dural', 'spinous tip', 'superior/inferior'],
        [2, 'reflex_visceral', 'transverse process', 'rotation'],
        [3, 'structural', 'lamina', 'lateral flexion'],
      ],
    );
  });

  test('maps levels and viscera from a clinic map on line 2 (REFERENCE §5)', () => {
    const [target] = cmrtTargets([fibre(2, 5, 'L', 2)], clinic);
    assert.equal(target?.levelStatus, 'mapped');
    assert.deepEqual(target?.levels, ['T5']);
    assert.deepEqual(target?.viscera, [{ level: 'T5', organ: 'stomach' }]);
    assert.equal(target?.visceraCertainty, 'conflicting');
    assert.equal(
      target?.visceraNote,
      "SOT's claimed vertebra–organ association (CMRT), not anatomy and not a diagnosis.",
    );
  });

  test('maps an area to several levels (REFERENCE §5)', () => {
    const [target] = cmrtTargets([fibre(2, 2, 'R', 1)], clinic);
    assert.deepEqual(target?.levels, ['T2', 'T3']);
    assert.deepEqual(target?.viscera, [
      { level: 'T2', organ: 'myocardium' },
      { level: 'T3', organ: 'lungs' },
    ]);
  });

  test('gives levels but no viscera on the dural and structural lines (SOURCES §3.2)', () => {
    const targets = cmrtTargets([fibre(1, 5, 'L', 2), fibre(3, 5, 'L', 2)], clinic);
    assert.deepEqual(
      targets.map((t) => [t.levels, t.viscera]),
      [
        [['T5'], []],
        [['T5'], []],
      ],
    );
  });

  test('uses the level the practitioner recorded for viscera when unmapped (REFERENCE §5)', () => {
    const noted: Finding = { ...fibre(2, 6, 'L', 2), site: { line: 2, area: 6, level: 'T7' } };
    const [target] = cmrtTargets([noted], defaultPack);
    assert.equal(target?.recordedLevel, 'T7');
    assert.equal(target?.levelNote, 'level not mapped');
    assert.deepEqual(target?.viscera, [{ level: 'T7', organ: 'spleen/lymph' }]);
  });

  test('gives each side of a cell and each cell its own target (REFERENCE §2 per-side, §5)', () => {
    const targets = cmrtTargets([fibre(2, 5, 'R', 1), fibre(2, 5, 'L', 3), fibre(1, 5, 'L', 2)], defaultPack);
    assert.deepEqual(
      targets.map((t) => [t.line, t.area, t.side, t.grade]),
      [
        [1, 5, 'L', 2],
        [2, 5, 'L', 3],
        [2, 5, 'R', 1],
      ],
    );
  });

  test('skips grade-0 and post-check findings (REFERENCE §2 Positive)', () => {
    assert.deepEqual(cmrtTargets([fibre(2, 5, 'L', 0), post(fibre(2, 4, 'L', 2))], clinic), []);
  });
});
