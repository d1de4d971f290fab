import type { CarePhase, EngineSnapshot, ProtocolPack } from '@sotchart/engine';
import { Section } from '../../../ui/section';
import type { VisitDraftControl } from '../draft/use-visit-draft';
import { CodingSection } from './coding-section';
import { SignSection } from './sign-section';
import { SoapSection } from './soap-section';

export interface NoteSectionProps {
  readonly control: VisitDraftControl;
  readonly engine: EngineSnapshot;
  readonly pack: ProtocolPack;
  readonly name: (id: string) => string;
  readonly phase: CarePhase;
  readonly abnOnFile: boolean;
}

/** The end of the visit: the SOAP narrative, the coding suggestions to confirm, and signing. */
export function NoteSection({ control, engine, pack, name, phase, abnOnFile }: NoteSectionProps) {
  const { draft, update } = control;
  return (
    <div id="note" className="stack" tabIndex={-1}>
      <Section title="SOAP note">
        <SoapSection draft={draft} engine={engine} pack={pack} name={name} update={update} />
      </Section>
      {engine.analysis.referral === null ? (
        <Section title="Coding">
          <CodingSection record={draft.record} phase={phase} abnOnFile={abnOnFile} update={update} />
        </Section>
      ) : null}
      <Section title="Sign">
        <SignSection control={control} engine={engine} name={name} />
      </Section>
    </div>
  );
}
