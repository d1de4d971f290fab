import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CmtCode } from './cmt-code';
import { modifierHint, type CarePhase } from './modifier-hint';

describe(modifierHint.name, () => {
  const cases: {
    phase: CarePhase;
    abn: boolean;
    spinal: CmtCode | null;
    code: 'AT' | 'GA' | null;
    appliesTo: string | null;
    rule: string;
    source: string;
  }[] = [
    {
      phase: 'active',
      abn: false,
      spinal: '98940',
      code: 'AT',
      appliesTo: '98940',
      rule: 'modifier.at-active-care',
      source: 'clinical-notes §1.4: AT required for active care',
    },
    {
      phase: 'active',
      abn: true,
      spinal: '98942',
      code: 'AT',
      appliesTo: '98942',
      rule: 'modifier.at-active-care',
      source: 'clinical-notes §1.4: an ABN does not turn active care into GA',
    },
    {
      phase: 'maintenance',
      abn: true,
      spinal: '98941',
      code: 'GA',
      appliesTo: '98941',
      rule: 'modifier.ga-maintenance-with-abn',
      source: 'clinical-notes §1.4: maintenance with ABN → GA, never AT',
    },
    {
      phase: 'maintenance',
      abn: false,
      spinal: '98941',
      code: null,
      appliesTo: '98941',
      rule: 'modifier.maintenance-needs-abn',
      source: 'clinical-notes §1.4: no AT on maintenance; GA needs an ABN',
    },
    {
      phase: 'active',
      abn: false,
      spinal: null,
      code: null,
      appliesTo: null,
      rule: 'modifier.spinal-cmt-only',
      source: 'clinical-notes §1.4: AT applies to 98940–98942',
    },
    {
      phase: 'active',
      abn: false,
      spinal: '98943',
      code: null,
      appliesTo: null,
      rule: 'modifier.spinal-cmt-only',
      source: 'clinical-notes §1.4: 98943 is not paid by Medicare',
    },
  ];
  for (const c of cases)
    test(`suggests ${c.code ?? 'no modifier'} for ${c.phase} care, ABN ${c.abn ? 'on file' : 'absent'}, ${c.spinal ?? 'no CMT'} (${c.source})`, () => {
      const hint = modifierHint(c.phase, c.abn, c.spinal);
      assert.equal(hint.code, c.code);
      assert.equal(hint.appliesTo, c.appliesTo);
      assert.equal(hint.rule.id, c.rule);
      assert.ok(hint.rule.source.length > 0);
    });
});
