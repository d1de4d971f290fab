import type { Episode, VisitRecord } from '@sotchart/contract';
import { suggestCoding, type CodingSuggestion, type PartLetter, type Segment } from '@sotchart/engine';

/**
 * The engine's coding suggestion for what a visit record charts: adjusted segments with the PART
 * letters recorded there, blocking (pelvic, PART at IL), cranial work (head), the episode's care
 * phase and ABN. Null when nothing was treated or the record cannot be read as coding input.
 */
export function visitCodingSuggestion(
  record: VisitRecord,
  episode: Pick<Episode, 'phase' | 'abnDate'> | null,
): CodingSuggestion | null {
  const t = record.treatment;
  const letters = new Map<string, PartLetter[]>(record.part.map((p) => [p.segment, [...new Set(p.letters)]]));
  const blocking = t.blocks.length > 0;
  const segments = [...new Set(t.adjustments.map((a) => a.segment))].filter((s) => !(blocking && s === 'IL'));
  if (segments.length === 0 && !blocking && t.cranial.length === 0) return null;
  const result = suggestCoding({
    adjustedSegments: segments.map((segment: Segment) => ({ segment, part: letters.get(segment) ?? [] })),
    blocking: blocking ? { part: letters.get('IL') ?? [] } : null,
    cranial: t.cranial.length > 0,
    extraspinalRegions: [],
    phase: episode?.phase ?? 'active',
    abnOnFile: episode?.abnDate !== null && episode?.abnDate !== undefined,
  });
  return result.ok ? result.value : null;
}

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
