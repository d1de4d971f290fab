import type { Episode } from '@sotchart/contract';
import type { EngineResult, ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Section } from '../../../ui/section';
import type { VisitDraftControl } from '../draft/use-visit-draft';
import { CodingSection } from './coding-section';
import { codingProblemsOf } from './coding-problems-of';
import { SignSection } from './sign-section';
import { SoapSection } from './soap-section';

export interface NoteSectionProps {
  readonly control: VisitDraftControl;
  readonly engine: EngineResult;
  readonly pack: ProtocolPack;
  readonly name: (id: string) => string;
  readonly timeZone: string;
  /** The episode's plan of care, for the narrative's next visit and re-examination. */
  readonly plan: Episode['plan'] | null;
  /** The episode's neuromusculoskeletal diagnoses, listed after the suggested M99.0x codes. */
  readonly secondaryDiagnoses: readonly string[];
  /** Opens the red-flag screen again, to answer what signing still needs. */
  readonly onReviewScreen: () => void;
}

/** The end of the visit: the SOAP narrative, the coding suggestions to confirm, and signing. */
export function NoteSection({
  control,
  engine,
  pack,
  name,
  timeZone,
  plan,
  secondaryDiagnoses,
  onReviewScreen,
}: NoteSectionProps) {
  const { draft, update } = control;
  const { t } = useTranslation('chartingNote');
  return (
    <div id="note" className="stack" tabIndex={-1}>
      <Section title={t('note.soapTitle')}>
        <SoapSection
          draft={draft}
          engine={engine}
          name={name}
          timeZone={timeZone}
          plan={plan}
          visitAt={control.visit.visitAt}
          update={update}
        />
      </Section>
      {engine.analysis.referral === null ? (
        <Section title={t('note.codingTitle')}>
          <CodingSection
            record={draft.record}
            coding={engine.coding}
            problems={codingProblemsOf(control)}
            secondary={secondaryDiagnoses}
            update={update}
          />
        </Section>
      ) : null}
      <Section title={t('note.signTitle')}>
        <SignSection
          control={control}
          engine={engine}
          pack={pack}
          name={name}
          onReviewScreen={onReviewScreen}
        />
      </Section>
    </div>
  );
}
