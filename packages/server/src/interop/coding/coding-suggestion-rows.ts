import type { CodingSuggestion } from '@sotchart/engine';

/** The suggestion as label–value rows for a printed note, marked as suggestions to confirm. */
export function codingSuggestionRows(s: CodingSuggestion): [string, string][] {
  const failing = s.partChecks.filter((c) => !c.passed);
  return [
    ['Suggested diagnoses', s.diagnoses.map((d) => `${d.code} (${d.regionName.toLowerCase()})`).join(', ')],
    [
      'Suggested procedures',
      s.procedures
        .map((p) => `${p.code} (${p.regions.map((r) => r.replace('_', ' ')).join(', ')})`)
        .join(', '),
    ],
    [
      'Suggested modifier',
      s.modifier.code === null ? s.modifier.message : `${s.modifier.code}: ${s.modifier.message}`,
    ],
    [
      'PART check',
      failing.length === 0
        ? `passed at ${s.partChecks.map((c) => c.segment).join(', ')}`
        : failing.map((c) => `${c.segment}: ${c.summary}`).join('; '),
    ],
  ];
}
