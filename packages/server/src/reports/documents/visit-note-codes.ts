import { codingLineText } from '@sotchart/contract';
import { codingSuggestionRows } from '../../interop/coding/coding-suggestion-rows';
import type { DocumentLanguage } from '../document-language';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

const differs = (a: readonly string[], b: readonly string[]): boolean =>
  a.length !== b.length || a.some((code) => !b.includes(code));

/** The suggestion rows' labels (as `codingSuggestionRows` writes them) in the note's words. */
const suggestionKeys = {
  'Suggested diagnoses': 'codes.suggestedDiagnoses',
  'Suggested procedures': 'codes.suggestedProcedures',
  'Suggested modifier': 'codes.suggestedModifier',
  'PART check': 'codes.partCheck',
} as const;

/**
 * The codes of the visit once: the confirmed ones, why a coding check was overridden, and the
 * engine's suggestion only where it differs from what was confirmed (all of it while nothing is
 * confirmed), marked as a suggestion. Without confirmed diagnoses, the episode's are named.
 */
export function codeRows(
  s: Pick<VisitNoteSnapshot, 'visit' | 'episode'>,
  dl: DocumentLanguage,
): [string, string][] {
  const { t } = dl;
  const { coding } = s.visit.record;
  const suggestion = s.visit.engine.coding;
  const rows: [string, string][] = [];
  if (coding.diagnoses.length > 0)
    rows.push([t('codes.diagnoses'), coding.diagnoses.map((d, i) => `${i + 1}. ${d}`).join(', ')]);
  else if ((s.episode?.diagnoses.length ?? 0) > 0)
    rows.push([
      t('codes.episodeDiagnoses'),
      (s.episode?.diagnoses ?? [])
        .slice()
        .sort((a, b) => a.rank - b.rank)
        .map((d) => `${d.code}${d.region === '' ? '' : ` (${d.region})`}`)
        .join(', '),
    ]);
  if (coding.lines.length > 0)
    rows.push([t('codes.procedures'), coding.lines.map(codingLineText).join('; ')]);
  // A signed note keeps why a coding check was overridden, next to the codes it concerns.
  for (const o of coding.overrides) rows.push([t('codes.override', { rule: o.rule }), o.reason]);
  if (suggestion === null) return rows;
  const confirmedM99 = coding.diagnoses.filter((d) => d.startsWith('M99'));
  // The engine suggests chiropractic manipulation codes only; other confirmed lines are not compared.
  const confirmedCmt = coding.lines.map((l) => l.code).filter((c) => c.startsWith('9894'));
  const modifier = suggestion.modifier.code;
  const shown: Readonly<Record<string, boolean>> = {
    'Suggested diagnoses': differs(
      suggestion.diagnoses.map((d) => d.code),
      confirmedM99,
    ),
    'Suggested procedures': differs(
      suggestion.procedures.map((p) => p.code),
      confirmedCmt,
    ),
    'Suggested modifier': modifier !== null && !coding.lines.some((l) => l.modifiers.includes(modifier)),
    // The PART check is the documentation behind the codes, not a code: always shown.
    'PART check': suggestion.partChecks.length > 0,
  };
  rows.push(
    ...codingSuggestionRows(suggestion)
      .filter(([label, value]) => shown[label] === true && value !== '')
      .map(([label, value]): [string, string] => {
        const key = suggestionKeys[label as keyof typeof suggestionKeys] as
          (typeof suggestionKeys)[keyof typeof suggestionKeys] | undefined;
        return [key === undefined ? label : t(key), value];
      }),
  );
  return rows;
}
