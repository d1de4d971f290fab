import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { validateFindings } from './findings/validate-findings';
import { defaultPack } from './protocol/default-pack';
import { mergePack } from './protocol/merge-pack';
import { parseOverride } from './protocol/parse-override';
import { runEngine } from './run-engine';

interface ExampleFile {
  findings: unknown;
  pack?: unknown;
  overrides?: { contraindication: string; reason: string }[];
}

function run(name: string) {
  const file = JSON.parse(
    readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'),
  ) as ExampleFile;
  const override = file.pack === undefined ? null : parseOverride(file.pack);
  if (override !== null && !override.ok) throw new Error(JSON.stringify(override.error));
  const pack = override === null ? defaultPack : mergePack(defaultPack, override.value, 1);
  const findings = validateFindings(file.findings, pack);
  if (!findings.ok) throw new Error(JSON.stringify(findings.error));
  return runEngine({ findings: findings.value, overrides: file.overrides ?? [], coding: null }, pack);
}

describe('shipped examples', () => {
  test('category-i.json is Category I right with a prone plan', () => {
    const s = run('category-i.json');
    assert.deepEqual([s.analysis.category, s.analysis.side, s.analysis.level], ['I', 'R', 'supported']);
    assert.deepEqual(
      s.plan?.blocks.map((b) => [b.side, b.landmark]),
      [
        ['R', 'trochanter'],
        ['L', 'iliac_crest'],
      ],
    );
    assert.equal(s.plan?.certainty, 'sourced');
    // Heel tension R, dollar R and the short leg cleared; crest R still positive; the two occipital
    // cells (positive) and the negative arm–fossa, SLR and sciatic points (per side) not re-checked.
    assert.deepEqual(s.verification.summary, {
      cleared: 3,
      improved: 0,
      unchanged: 4,
      worse: 0,
      side_changed: 0,
      new: 0,
      not_rechecked: 2,
      positivePre: 6,
      positiveCleared: 3,
      negativeNotRechecked: 6,
    });
  });

  test('category-ii.json is Category II right, supine, with I suggested', () => {
    const s = run('category-ii.json');
    assert.deepEqual([s.analysis.category, s.analysis.side, s.analysis.level], ['II', 'R', 'supported']);
    assert.deepEqual(s.analysis.coexisting, [{ category: 'I', side: 'L', level: 'suggested' }]);
    assert.equal(s.plan?.position, 'supine');
    assert.equal(s.plan?.certainty, 'conflicting');
    // Upper fossa R and knee R cleared, inguinal R still positive; the leg check, crest L and locked
    // pelvis (positive) not re-checked; 9 negative side items not re-checked are not a gap.
    assert.deepEqual(s.verification.summary, {
      cleared: 2,
      improved: 0,
      unchanged: 4,
      worse: 0,
      side_changed: 0,
      new: 0,
      not_rechecked: 3,
      positivePre: 6,
      positiveCleared: 2,
      negativeNotRechecked: 9,
    });
  });

  test('category-iii.json is Category III left, set by practitioner, with a heel-lift suggestion', () => {
    const s = run('category-iii.json');
    assert.deepEqual([s.analysis.category, s.analysis.side], ['III', 'L']);
    assert.equal(s.plan?.placement, 'practitioner');
    assert.equal(s.heelLift?.startMm, 4);
    assert.equal(s.plan?.certainty, 'practitioner-defined');
    // SLR L and sciatic points L improved; the anatomical difference is a record, not a positive finding.
    assert.deepEqual(s.verification.summary, {
      cleared: 0,
      improved: 2,
      unchanged: 0,
      worse: 0,
      side_changed: 0,
      new: 0,
      not_rechecked: 3,
      positivePre: 5,
      positiveCleared: 0,
      negativeNotRechecked: 6,
    });
  });

  test('red-flag.json refers and has no plan', () => {
    const s = run('red-flag.json');
    assert.deepEqual(s.analysis.referral?.flags, ['rf_cauda_equina']);
    assert.equal(s.analysis.referral?.urgency, 'emergency');
    assert.match(s.analysis.referral?.message ?? '', /^EMERGENCY: /);
    assert.equal(s.plan, null);
    assert.deepEqual(s.cmrt, []);
    assert.equal(s.heelLift, null);
    assert.equal(s.coding, null);
  });

  test('contraindication.json warns and needs an override reason', () => {
    const s = run('contraindication.json');
    assert.deepEqual(s.analysis.contraindications, ['ci_osteoporosis_or_bone_metastases']);
    assert.equal(s.plan?.overrideRequired, true);
    assert.equal(s.plan?.certainty, 'sourced');
  });

  test('clinic-override.json uses the clinic placement, map and override reason', () => {
    const s = run('clinic-override.json');
    assert.equal(s.analysis.packRef, 'sot-standard@1.1.0+clinic.r1');
    assert.equal(s.packRef, 'sot-standard@1.1.0+clinic.r1');
    assert.equal(s.engineVersion, '2.0.0');
    assert.deepEqual(
      s.plan?.blocks.map((b) => [b.side, b.landmark]),
      [
        ['L', 'trochanter'],
        ['R', 'asis'],
      ],
    );
    assert.equal(s.plan?.certainty, 'practitioner-defined');
    assert.deepEqual(s.plan?.warnings, [
      {
        contraindication: 'ci_pregnancy',
        message: 'Pregnancy: prone positioning on the blocks. Record how the position is adapted.',
      },
    ]);
    assert.equal(s.plan?.overrideRequired, false);
    assert.deepEqual(s.cmrt[0]?.levels, ['T5', 'T6']);
  });
});
