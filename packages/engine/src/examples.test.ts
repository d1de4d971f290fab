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
  return runEngine(findings.value, pack, file.overrides ?? []);
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
    assert.equal(s.verification.summary.cleared, 3);
  });

  test('category-ii.json is Category II right, supine, with I suggested', () => {
    const s = run('category-ii.json');
    assert.deepEqual([s.analysis.category, s.analysis.side, s.analysis.level], ['II', 'R', 'supported']);
    assert.deepEqual(s.analysis.coexisting, [{ category: 'I', side: 'L', level: 'suggested' }]);
    assert.equal(s.plan?.position, 'supine');
  });

  test('category-iii.json is Category III left, set by practitioner, with a heel-lift suggestion', () => {
    const s = run('category-iii.json');
    assert.deepEqual([s.analysis.category, s.analysis.side], ['III', 'L']);
    assert.equal(s.plan?.placement, 'practitioner');
    assert.equal(s.heelLift?.startMm, 4);
    assert.equal(s.verification.summary.improved, 2);
  });

  test('red-flag.json refers and has no plan', () => {
    const s = run('red-flag.json');
    assert.deepEqual(s.analysis.referral?.flags, ['rf_cauda_equina']);
    assert.equal(s.plan, null);
  });

  test('contraindication.json warns and needs an override reason', () => {
    const s = run('contraindication.json');
    assert.deepEqual(s.analysis.contraindications, ['ci_osteoporosis_or_bone_metastases']);
    assert.equal(s.plan?.overrideRequired, true);
  });

  test('clinic-override.json uses the clinic placement, map and override reason', () => {
    const s = run('clinic-override.json');
    assert.equal(s.analysis.packRef, 'sot-standard@1.0.0+clinic.r1');
    assert.deepEqual(
      s.plan?.blocks.map((b) => [b.side, b.landmark]),
      [
        ['L', 'trochanter'],
        ['R', 'asis'],
      ],
    );
    assert.equal(s.plan?.overrideRequired, false);
    assert.deepEqual(s.cmrt[0]?.levels, ['T5', 'T6']);
  });
});
