import type { DraftField } from './describe-draft';

/** A field the two versions differ in, with what each says. */
export interface ConflictRow {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

const linesOf = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/**
 * Only what differs: fields both versions have the same are left out, and of a list (findings,
 * blocks, codes) only the items one version has and the other has not, so one changed finding is one
 * line on each side, not the whole list twice. Texts are shown whole, as a sentence needs its context.
 */
export function conflictRows(mine: readonly DraftField[], theirs: readonly DraftField[]): ConflictRow[] {
  return mine.flatMap((field, i) => {
    const other = theirs[i];
    if (other === undefined || other.text === field.text) return [];
    if (field.list !== true) return [{ label: field.label, mine: field.text, theirs: other.text }];
    const mineLines = linesOf(field.text);
    const theirLines = linesOf(other.text);
    return [
      {
        label: field.label,
        mine: mineLines.filter((line) => !theirLines.includes(line)).join('\n'),
        theirs: theirLines.filter((line) => !mineLines.includes(line)).join('\n'),
      },
    ];
  });
}
