import type { ResultShapeId } from '@sotchart/engine';
import type { MessageKey } from '@sotchart/i18n';
import type { EntryValue } from '../entry/entry-value';

type Label = MessageKey<'chartingNote'>;

/**
 * One on-screen key of a row: what it types, how it reads (the key cap, the same in every language,
 * and its name as a `chartingNote` message with its values), and whether the value has it now.
 */
export interface ValueKey {
  readonly key: string;
  readonly text: string;
  readonly label: Label;
  readonly values?: { readonly grade: number };
  readonly pressed: (value: EntryValue) => boolean;
}

const sideKey = (key: string, text: string, label: Label, side: EntryValue['side']): ValueKey => ({
  key,
  text,
  label,
  pressed: (v) => v.side === side,
});
const left = sideKey('l', 'L', 'key.left', 'L');
const right = sideKey('r', 'R', 'key.right', 'R');
const both = sideKey('b', 'B', 'key.both', 'bilateral');
const none = (label: Label): ValueKey => ({
  key: '0',
  text: '0',
  label,
  pressed: (v) => v.side === 'none',
});
const grades: readonly ValueKey[] = [1, 2, 3].map((g) => ({
  key: String(g),
  text: String(g),
  label: 'key.grade',
  values: { grade: g },
  pressed: (v) => v.grade === g,
}));
const gradeZero: ValueKey = {
  key: '0',
  text: '0',
  label: 'key.gradeZero',
  pressed: (v) => v.grade === 0,
};
const plus = (label: Label, field: 'positive' | 'symptomReproduced'): ValueKey => ({
  key: '+',
  text: '+',
  label,
  pressed: (v) => v[field] === true,
});
const minus = (label: Label, field: 'positive' | 'symptomReproduced'): ValueKey => ({
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
      { ...none('key.negativeBothLegs'), pressed: () => false },
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
      return [left, right, both, none('key.negativeBothSides')];
    case 'side_posneg_grade':
    case 'side_grade':
      return [left, right, both, none('key.negativeBothSides'), ...grades];
    case 'posneg':
    case 'direction_posneg':
    case 'level_posneg':
      return [plus('key.positive', 'positive'), minus('key.negative', 'positive')];
    case 'side_mm':
      return [left, right, none('key.even')];
    case 'side_degrees_symptom':
      return [
        left,
        right,
        both,
        none('key.negativeBothSides'),
        plus('key.symptomReproduced', 'symptomReproduced'),
        minus('key.symptomNotReproduced', 'symptomReproduced'),
      ];
    case 'screen':
      return [plus('key.yes', 'positive'), minus('key.no', 'positive')];
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
): { field: 'mm' | 'degrees'; label: Label; max: number } | null {
  if (shape === 'side_mm') return { field: 'mm', label: 'key.millimetres', max: 50 };
  if (shape === 'side_degrees_symptom') return { field: 'degrees', label: 'key.degrees', max: 90 };
  return null;
}
