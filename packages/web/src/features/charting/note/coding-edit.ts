import type { CodingLine, ConfirmedCoding } from '@sotchart/contract';

/** A line's modifiers hold at most 4 (CMS-1500 item 24D). */
const maxModifiers = 4;

const withLine = (
  c: ConfirmedCoding,
  index: number,
  change: (line: CodingLine) => CodingLine,
): ConfirmedCoding => ({
  ...c,
  lines: c.lines.map((l, i) => (i === index ? change(l) : l)),
});

// Pointers follow their diagnosis when the list is reordered or shortened.
const remapPointers = (c: ConfirmedCoding, map: (pointer: number) => number | null): CodingLine[] =>
  c.lines.map((l) => ({ ...l, pointers: l.pointers.map(map).filter((p): p is number => p !== null) }));

/** Edits of a confirmed coding, each returning a new one; pointers stay on their diagnosis throughout. */
export const codingEdit = {
  addDiagnosis: (c: ConfirmedCoding): ConfirmedCoding => ({ ...c, diagnoses: [...c.diagnoses, ''] }),
  setDiagnosis: (c: ConfirmedCoding, index: number, code: string): ConfirmedCoding => ({
    ...c,
    diagnoses: c.diagnoses.map((d, i) => (i === index ? code.toUpperCase() : d)),
  }),
  removeDiagnosis: (c: ConfirmedCoding, index: number): ConfirmedCoding => ({
    ...c,
    diagnoses: c.diagnoses.filter((_, i) => i !== index),
    lines: remapPointers(c, (p) => (p === index + 1 ? null : p > index + 1 ? p - 1 : p)),
  }),
  /** Moves a diagnosis one place up (-1) or down (+1); pointer 1 is the first-listed diagnosis. */
  moveDiagnosis: (c: ConfirmedCoding, index: number, by: -1 | 1): ConfirmedCoding => {
    const other = index + by;
    if (other < 0 || other >= c.diagnoses.length) return c;
    const diagnoses = [...c.diagnoses];
    [diagnoses[index], diagnoses[other]] = [diagnoses[other] ?? '', diagnoses[index] ?? ''];
    const a = index + 1;
    const b = other + 1;
    return { ...c, diagnoses, lines: remapPointers(c, (p) => (p === a ? b : p === b ? a : p)) };
  },
  addLine: (c: ConfirmedCoding): ConfirmedCoding => ({
    ...c,
    lines: [...c.lines, { code: '', modifiers: [], pointers: c.diagnoses.length > 0 ? [1] : [], units: 1 }],
  }),
  removeLine: (c: ConfirmedCoding, index: number): ConfirmedCoding => ({
    ...c,
    lines: c.lines.filter((_, i) => i !== index),
  }),
  setCode: (c: ConfirmedCoding, index: number, code: string): ConfirmedCoding =>
    withLine(c, index, (l) => ({ ...l, code: code.toUpperCase() })),
  setUnits: (c: ConfirmedCoding, index: number, units: number): ConfirmedCoding =>
    Number.isInteger(units) && units >= 1 && units <= 99 ? withLine(c, index, (l) => ({ ...l, units })) : c,
  /** Adds or removes a modifier; a fifth is not added. Modifiers are 2 letters or digits. */
  toggleModifier: (c: ConfirmedCoding, index: number, modifier: string): ConfirmedCoding => {
    const m = modifier.trim().toUpperCase();
    if (!/^[A-Z0-9]{2}$/.test(m)) return c;
    return withLine(c, index, (l) =>
      l.modifiers.includes(m)
        ? { ...l, modifiers: l.modifiers.filter((x) => x !== m) }
        : l.modifiers.length >= maxModifiers
          ? l
          : { ...l, modifiers: [...l.modifiers, m] },
    );
  },
  /** Adds or removes a diagnosis pointer; pointers stay in ascending order. */
  togglePointer: (c: ConfirmedCoding, index: number, pointer: number): ConfirmedCoding =>
    withLine(c, index, (l) => ({
      ...l,
      pointers: l.pointers.includes(pointer)
        ? l.pointers.filter((p) => p !== pointer)
        : [...l.pointers, pointer].sort((a, b) => a - b),
    })),
  /** Sets the override reason of a rule; a blank reason removes the override. */
  setOverride: (c: ConfirmedCoding, rule: string, reason: string): ConfirmedCoding => {
    const others = c.overrides.filter((o) => o.rule !== rule);
    return { ...c, overrides: reason.trim() === '' ? others : [...others, { rule, reason }] };
  },
};
