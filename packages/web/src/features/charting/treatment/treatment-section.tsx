import type { EngineResult, ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Section } from '../../../ui/section';
import type { VisitDraft } from '../draft/visit-draft';
import { Adjustments } from './adjustments';
import { CmrtLevels } from './cmrt-levels';
import { HomeCare } from './home-care';
import { PartLetters } from './part-letters';
import { PlacedBlocks } from './placed-blocks';
import { ProcedureLists } from './procedure-lists';

export interface TreatmentSectionProps {
  readonly draft: VisitDraft;
  readonly engine: EngineResult;
  readonly pack: ProtocolPack;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/**
 * Treatment delivered, prefilled from the plan and editable: blocks as placed, adjustments on the
 * spine with technique, PART letters per treated segment, CMRT levels, cranial, extremity, AK,
 * instrument and Sitting Disc work, and home care.
 */
export function TreatmentSection({ draft, engine, pack, update }: TreatmentSectionProps) {
  const { t: tr } = useTranslation('charting');
  const t = draft.record.treatment;
  return (
    <Section title={tr('treatment.heading')}>
      <div id="treatment" className="stack" tabIndex={-1}>
        <PlacedBlocks blocks={t.blocks} update={update} />
        <Adjustments adjustments={t.adjustments} update={update} />
        <h3>{tr('treatment.part')}</h3>
        <PartLetters record={draft.record} findings={draft.findings} pack={pack} update={update} />
        <h3>{tr('treatment.cmrt')}</h3>
        <CmrtLevels cmrt={t.cmrt} targets={engine.cmrt} update={update} />
        <ProcedureLists treatment={t} cranialStructures={pack.cranialStructures} update={update} />
        <HomeCare homeCare={draft.record.homeCare} heelLift={engine.heelLift} update={update} />
      </div>
    </Section>
  );
}
