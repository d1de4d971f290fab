import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { runCli } from '@sotchart/test-support';

const examples = fileURLToPath(new URL('../../../engine/examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sotchart-analyze-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('sotchart analyze', () => {
  const readable = [
    ['category-i.json', /^Category I, right, supported$/m, /1\. right trochanter/],
    ['category-ii.json', /^Category II, right, supported$/m, /Blocking plan: Category II, supine/],
    ['category-iii.json', /^Category III, left, supported$/m, /Blocks: set by practitioner/],
    ['red-flag.json', /RED FLAG \(EMERGENCY\): referral recommended/, /rf_cauda_equina/],
    ['contraindication.json', /Override reason required/, /ci_osteoporosis_or_bone_metastases/],
    ['clinic-override.json', /sot-standard@1\.1\.0\+clinic\.r1/, /area 5 → T5, T6 \(clinic map\)/],
  ] as const;
  for (const [file, first, second] of readable) {
    test(`prints a readable analysis of ${file}`, async () => {
      const res = await runCli(['analyze', join(examples, file)]);
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stdout, first);
      assert.match(res.stdout, second);
      assert.match(res.stdout, /it is not a diagnosis/);
    });
  }

  test('prints the engine result, as a visit stores it, as JSON with --json', async () => {
    const res = await runCli(['analyze', '--json', join(examples, 'category-ii.json')]);
    assert.equal(res.code, 0, res.stderr);
    const out = JSON.parse(res.stdout) as {
      engineVersion: string;
      packRef: string;
      analysis: { category: string; side: string };
      plan: { position: string } | null;
    };
    assert.deepEqual(
      [out.engineVersion, out.packRef, out.analysis.category, out.analysis.side, out.plan?.position],
      ['2.0.0', 'sot-standard@1.1.0', 'II', 'R', 'supine'],
    );
  });

  test('prints every validation error of a bad file and exits 2', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        findings: [
          { indicator: 'arm_fossa', phase: 'pre', side: 'none', positive: true },
          { indicator: 'slr', phase: 'pre', side: 'L' },
          // A reproduced symptom needs its angle (REFERENCE §2).
          { indicator: 'slr', phase: 'pre', side: 'R', symptomReproduced: true },
        ],
        pack: { priority: 'i_first' },
        overrides: [{ contraindication: 'ci_pregnancy', reason: '' }],
      }),
    );
    const res = await runCli(['analyze', file]);
    assert.equal(res.code, 2);
    for (const path of [
      'findings.0.side',
      'findings.1.symptomReproduced',
      'findings.2.degrees',
      'pack.priority',
      'overrides.0.reason',
    ])
      assert.match(res.stderr, new RegExp(`^  ${path.replaceAll('.', '\\.')}: `, 'm'));
    assert.equal(res.stdout, '');
  });

  test('exits 2 for a file that is not JSON, a missing file, or no file', async () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ findings: ');
    assert.equal((await runCli(['analyze', file])).code, 2);
    assert.equal((await runCli(['analyze', join(dir, 'missing.json')])).code, 2);
    const none = await runCli(['analyze']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Usage: sotchart analyze <file\.json> \[--json\]/);
  });
});
