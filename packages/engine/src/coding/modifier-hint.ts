import { z } from 'zod';
import { exactSchema } from '../exact-schema';
import { SpinalCmtCodeSchema, type CmtCode, type SpinalCmtCode } from './cmt-code';
import { CodingRuleSchema, type CodingRule } from './coding-rule';

/**
 * The episode's care phase: `active` (corrective care of acute or chronic subluxation, expected to
 * improve) or `maintenance` (supportive or preventive, no longer expected to improve).
 *
 * Source: clinical-notes §1.4.
 *
 * @example
 * const phase: CarePhase = 'maintenance';
 */
export type CarePhase = 'active' | 'maintenance';

/**
 * The Medicare modifier suggested for the spinal CMT line: `AT` in active care, `GA` in maintenance
 * care with an ABN on file, none otherwise. Never both.
 *
 * Source: clinical-notes §1.4.
 *
 * @example
 * const hint: ModifierHint = { code: 'AT', appliesTo: '98940', message: '…', rule: { id: 'modifier.at-active-care', text: '…', source: '…' } };
 */
export interface ModifierHint {
  readonly code: 'AT' | 'GA' | null;
  readonly appliesTo: SpinalCmtCode | null;
  readonly message: string;
  readonly rule: CodingRule;
}

/**
 * The schema of a {@link ModifierHint}.
 *
 * Source: clinical-notes §1.4.
 *
 * @example
 * ModifierHintSchema.parse(modifierHint('active', false, '98941'));
 */
export const ModifierHintSchema = exactSchema<ModifierHint>()(
  z.object({
    code: z.enum(['AT', 'GA']).nullable(),
    appliesTo: SpinalCmtCodeSchema.nullable(),
    message: z.string(),
    rule: CodingRuleSchema,
  }),
);

const atSource =
  'Palmetto GBA and First Coast (FCSO) AT modifier guidance; CMS MLN SE1601/SE1602 (clinical-notes §1.4)';
const gaSource =
  'Palmetto GBA chiropractic billing: ABN and GA modifier for maintenance care (clinical-notes §1.4)';

/**
 * Suggests the AT or GA modifier for the visit's spinal CMT line, following clinical-notes §1.4:
 * active care → AT (Medicare denies 98940–98942 without it); maintenance care → never AT, and GA only
 * when a valid ABN is on file (AT and GA on one line are rejected); no spinal CMT → no modifier
 * (98943 is not paid by Medicare).
 *
 * Source: clinical-notes §1.4 (Palmetto GBA, FCSO, CMS MLN SE1601/SE1602).
 *
 * @example
 * modifierHint('active', false, '98941').code; // 'AT'
 * modifierHint('maintenance', true, '98940').code; // 'GA'
 * modifierHint('maintenance', false, '98940').code; // null
 */
export function modifierHint(phase: CarePhase, abnOnFile: boolean, spinalCode: CmtCode | null): ModifierHint {
  if (spinalCode === null || spinalCode === '98943')
    return {
      code: null,
      appliesTo: null,
      message:
        'No spinal CMT (98940–98942) this visit, so no AT or GA modifier; Medicare does not pay 98943.',
      rule: {
        id: 'modifier.spinal-cmt-only',
        text: 'AT and GA apply to spinal CMT codes 98940–98942.',
        source: atSource,
      },
    };
  switch (phase) {
    case 'active':
      return {
        code: 'AT',
        appliesTo: spinalCode,
        message: `Active/corrective care: add AT to ${spinalCode}; Medicare denies spinal CMT claims without it.`,
        rule: {
          id: 'modifier.at-active-care',
          text: 'AT is required on Medicare claims for 98940–98942 when treating acute or chronic subluxation (active/corrective care), and must not be used for maintenance care.',
          source: atSource,
        },
      };
    case 'maintenance':
      return abnOnFile
        ? {
            code: 'GA',
            appliesTo: spinalCode,
            message: `Maintenance care with an ABN on file: add GA to ${spinalCode}, not AT.`,
            rule: {
              id: 'modifier.ga-maintenance-with-abn',
              text: 'Maintenance care is billed without AT; with a valid ABN on file it is billed with GA. AT and GA on the same line are rejected (dates of service from 1 Nov 2015).',
              source: gaSource,
            },
          }
        : {
            code: null,
            appliesTo: spinalCode,
            message: `Maintenance care without an ABN on file: do not add AT to ${spinalCode}; give the patient an ABN, then bill with GA.`,
            rule: {
              id: 'modifier.maintenance-needs-abn',
              text: 'Maintenance care must not carry AT; GA needs a valid ABN on file.',
              source: gaSource,
            },
          };
    default: {
      const unreachable: never = phase;
      throw new Error(`unknown care phase ${String(unreachable)}`);
    }
  }
}
