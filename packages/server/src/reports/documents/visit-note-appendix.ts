import type { DocumentLanguage } from '../document-language';
import type { VisitNoteSnapshot } from './visit-note-snapshot';

/**
 * The one line that names the internals the note's body leaves out: the protocol pack and its
 * revision, the category rule with its certainty, and the engine version, so an old note can always
 * be traced to what computed it. E.g. "Protocol: sot-standard@1.0.0 · rule category_II (sourced) ·
 * engine 1.4.0".
 */
export function appendixLine(s: Pick<VisitNoteSnapshot, 'visit'>, dl: DocumentLanguage): string {
  const { engine } = s.visit;
  return engine.analysis.referral === null
    ? dl.t('appendix.withRule', {
        pack: engine.packRef,
        rule: engine.analysis.rule.id,
        certainty: engine.analysis.rule.certainty,
        engine: engine.engineVersion,
      })
    : dl.t('appendix.line', { pack: engine.packRef, engine: engine.engineVersion });
}
