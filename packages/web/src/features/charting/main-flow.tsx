import type { Visit } from '@sotchart/contract';
import type { EngineResult, ProtocolPack } from '@sotchart/engine';
import { AnalysisPanel } from './analysis/analysis-panel';
import { BlockingSection } from './blocking/blocking-section';
import type { VisitDraft } from './draft/visit-draft';
import { StandardExam } from './exam/standard-exam';
import { IndicatorPanel } from './panel/indicator-panel';
import { PostCheckPanel } from './post-check/post-check-panel';
import { TreatmentSection } from './treatment/treatment-section';

export interface MainFlowProps {
  readonly draft: VisitDraft;
  readonly engine: EngineResult;
  readonly pack: ProtocolPack;
  readonly previous: Visit | null;
  readonly timeZone: string;
  readonly name: (id: string) => string;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  readonly onEscape: () => void;
}

/** The visit after the screen: indicator panel beside the live analysis, blocking, treatment, exam, post-check. */
export function MainFlow({ draft, engine, pack, previous, timeZone, name, update, onEscape }: MainFlowProps) {
  return (
    <>
      <div className="charting-main">
        <IndicatorPanel
          pack={pack}
          findings={draft.findings}
          previous={previous}
          timeZone={timeZone}
          update={update}
          onEscape={onEscape}
        />
        <div className="charting-aside">
          <AnalysisPanel engine={engine} pack={pack} draft={draft} name={name} update={update} />
        </div>
      </div>
      <BlockingSection engine={engine} draft={draft} name={name} update={update} />
      <TreatmentSection draft={draft} engine={engine} pack={pack} update={update} />
      <StandardExam exam={draft.record.exam} update={update} />
      <PostCheckPanel pack={pack} draft={draft} engine={engine} update={update} onEscape={onEscape} />
    </>
  );
}
