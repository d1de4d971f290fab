import type { VisitNoteSnapshot } from './visit-note-snapshot';

/**
 * The one line that names the internals the note's body leaves out: the protocol pack and its
 * revision, the category rule with its certainty, and the engine version, so an old note can always
 * be traced to what computed it. E.g. "Protocol: sot-standard@1.0.0 · rule category_II (sourced) ·
 * engine 1.4.0".
 */
export function appendixLine(s: Pick<VisitNoteSnapshot, 'visit'>): string {
  const { engine } = s.visit;
  const rule =
    engine.analysis.referral === null
      ? ` · rule ${engine.analysis.rule.id} (${engine.analysis.rule.certainty})`
      : '';
  return `Protocol: ${engine.packRef}${rule} · engine ${engine.engineVersion}`;
}
