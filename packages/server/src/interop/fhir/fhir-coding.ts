import type { CodeableConcept, Quantity } from '@medplum/fhirtypes';
import type { Side } from '@sotchart/engine';
import { systems } from './fhir-systems';
import { sotCoding } from './sot-code-system';

/** A CodeableConcept of one SOT code. */
export function sotConcept(code: string, text?: string): CodeableConcept {
  return { coding: [sotCoding(code)], ...(text === undefined ? {} : { text }) };
}

const laterality: Record<Exclude<Side, 'none'>, { code: string; display: string }> = {
  L: { code: '7771000', display: 'Left' },
  R: { code: '24028007', display: 'Right' },
  bilateral: { code: '51440002', display: 'Right and left' },
};

/** A side as SNOMED CT laterality (left, right, right and left), or the SOT code for neither side. */
export function sideConcept(side: Side): CodeableConcept {
  if (side === 'none') return sotConcept('side-none');
  return { coding: [{ system: systems.snomed, ...laterality[side] }] };
}

export function sideWord(side: Side | 'L' | 'R' | null | undefined): string {
  return side === 'L'
    ? 'left'
    : side === 'R'
      ? 'right'
      : side === 'bilateral'
        ? 'both sides'
        : 'neither side';
}

/** A UCUM quantity: `mm`, `deg`, `wk`, `%`, `{score}`. */
export function ucum(value: number, code: string, unit = code): Quantity {
  return { value, unit, system: systems.ucum, code };
}

export function icd10(code: string): CodeableConcept {
  return { coding: [{ system: systems.icd10cm, code }] };
}
