import type { ClaimForm, ClaimServiceLine } from './claim-form';

/**
 * A billed line before it is placed on a form: the diagnosis codes it points at, not letters yet, and
 * every diagnosis confirmed at its visit (box 21 lists them all, the secondary ones included).
 */
export type BilledLine = Omit<ClaimServiceLine, 'pointers'> & {
  readonly pointed: readonly string[];
  readonly visitDiagnoses: readonly string[];
};

/** Everything of a form but its diagnoses and lines: the same on every form of one claim. */
export type ClaimHeader = Omit<ClaimForm, 'diagnoses' | 'lines'>;

const linesPerForm = 6;
const diagnosesPerForm = 12;
const pointersPerLine = 4;

/**
 * Lays billed lines out on as many forms as they need: six lines per form, and no more than twelve
 * diagnoses per form (box 21 A–L), so a form never points at a letter it does not print. Each form
 * lists the diagnoses of its lines' visits in the order confirmed, and each line's pointers become
 * letters into that list (at most four, box 24E).
 * @example splitClaim(header, sevenLines).length // 2
 */
export function splitClaim(header: ClaimHeader, lines: readonly BilledLine[]): ClaimForm[] {
  const forms: { diagnoses: string[]; lines: BilledLine[] }[] = [];
  for (const line of lines) {
    const codes = [...new Set([...line.visitDiagnoses, ...line.pointed])].slice(0, diagnosesPerForm);
    const current = forms.at(-1);
    const merged = current === undefined ? codes : [...new Set([...current.diagnoses, ...codes])];
    if (current === undefined || current.lines.length === linesPerForm || merged.length > diagnosesPerForm)
      forms.push({ diagnoses: codes, lines: [line] });
    else {
      current.diagnoses = merged;
      current.lines.push(line);
    }
  }
  if (forms.length === 0) forms.push({ diagnoses: [], lines: [] });
  return forms.map((form) => ({
    ...header,
    diagnoses: form.diagnoses,
    lines: form.lines.map(({ pointed, visitDiagnoses: _listed, ...line }) => ({
      ...line,
      pointers: pointed
        .slice(0, pointersPerLine)
        .map((code) => form.diagnoses.indexOf(code))
        .filter((index) => index >= 0)
        .map((index) => String.fromCharCode(65 + index))
        .join(''),
    })),
  }));
}
