import type { ResultShapeId } from '@sotchart/engine';
import type { EntryValue } from '../entry/entry-value';

/** One on-screen key of a row: what it types, how it reads, and whether the value has it now. */
export interface ValueKey {
  readonly key: string;
  readonly text: string;
  readonly label: string;
  readonly pressed: (value: EntryValue) => boolean;
}

const sideKey = (key: string, text: string, label: string, side: EntryValue['side']): ValueKey => ({
  key,
  text,
  label,
  pressed: (v) => v.side === side,
});
const left = sideKey('l', 'L', 'Left', 'L');
const right = sideKey('r', 'R', 'Right', 'R');
const both = sideKey('b', 'B', 'Both sides', 'bilateral');
const none = (label: string): ValueKey => ({
  key: '0',
  text: '0',
  label,
  pressed: (v) => v.side === 'none',
});
const grades: readonly ValueKey[] = [1, 2, 3].map((g) => ({
  key: String(g),
  text: String(g),
  label: `Grade ${g}`,
  pressed: (v) => v.grade === g,
}));
const gradeZero: ValueKey = {
  key: '0',
  text: '0',
  label: '0, negative',
  pressed: (v) => v.grade === 0,
};
const plus = (label: string, field: 'positive' | 'symptomReproduced'): ValueKey => ({
  key: '+',
  text: '+',
  label,
  pressed: (v) => v[field] === true,
});
const minus = (label: string, field: 'positive' | 'symptomReproduced'): ValueKey => ({
  key: '-',
  text: '−',
  label,
  pressed: (v) => v[field] === false && (field === 'symptomReproduced' || v.side === undefined),
});

/** The tap targets of a row, one per key it takes (digits for numbers are typed into a field). */
export function valueKeys(shape: ResultShapeId, oneSide = false): readonly ValueKey[] {
  // A one-side row (an SLR leg, one side of a side_grade) has its side already: no side or "none
  // both sides" keys. A graded side still needs a way to say negative: 0 is grade 0 on that side.
  if (oneSide && shape === 'side_grade') return [gradeZero, ...grades];
  // An SLR leg row's 0 records both legs negative (IndicatorRow's bothSides), so it stays.
  if (oneSide && shape === 'side_degrees_symptom')
    return [
      { ...none('0, negative both legs'), pressed: () => false },
      ...allKeys(shape).filter((k) => k.key === '+' || k.key === '-'),
    ];
  if (oneSide) return allKeys(shape).filter((k) => !['l', 'r', 'b', '0'].includes(k.key));
  return allKeys(shape);
}

function allKeys(shape: ResultShapeId): readonly ValueKey[] {
  switch (shape) {
    case 'side_posneg':
    case 'side_fossa_posneg':
    case 'side_direction_posneg':
    case 'side_structure_posneg':
    case 'ts_point':
      return [left, right, both, none('0, negative both sides')];
    case 'side_posneg_grade':
    case 'side_grade':
      return [left, right, both, none('0, negative both sides'), ...grades];
    case 'posneg':
    case 'direction_posneg':
    case 'level_posneg':
      return [plus('Positive', 'positive'), minus('Negative', 'positive')];
    case 'side_mm':
      return [left, right, none('0, even')];
    case 'side_degrees_symptom':
      return [
        left,
        right,
        both,
        none('0, negative both sides'),
        plus('Symptom reproduced', 'symptomReproduced'),
        minus('Symptom not reproduced', 'symptomReproduced'),
      ];
    case 'screen':
      return [plus('Yes', 'positive'), minus('No', 'positive')];
    case 'line_area_side_grade':
      return [];
    default: {
      const unknown: never = shape;
      throw new Error(`no keys for ${String(unknown)}`);
    }
  }
}

/** The number a row takes by digits, if any: millimetres or degrees. */
export function numberField(
  shape: ResultShapeId,
): { field: 'mm' | 'degrees'; label: string; max: number } | null {
  if (shape === 'side_mm') return { field: 'mm', label: 'Millimetres', max: 50 };
  if (shape === 'side_degrees_symptom') return { field: 'degrees', label: 'Degrees', max: 90 };
  return null;
}
