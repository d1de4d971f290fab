import type { Episode, Visit } from '@sotchart/contract';
import type { ProtocolPack } from '@sotchart/engine';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useProtocolText } from '../../i18n/protocol-text';
import { indicatorNames } from './analysis/indicator-names';
import { AnalysisLine } from './analysis/analysis-headline';
import { useLiveEngine } from './analysis/use-live-engine';
import { usePlanPrefill } from './blocking/use-plan-prefill';
import { ChartingNav } from './charting-nav';
import { ConflictResolver } from './conflict/conflict-resolver';
import { useVisitDraft } from './draft/use-visit-draft';
import { withRecord } from './draft/visit-draft';
import { MainFlow } from './main-flow';
import { NoteSection } from './note/note-section';
import { secondaryDiagnosesOf } from './note/secondary-diagnoses';
import { SignedVisitView } from './note/signed-visit-view';
import { focusFirstRow } from './panel/row-focus';
import { SaveStatus } from './save-status';
import { RedFlagScreen } from './screen/red-flag-screen';
import { ReferralTakeover } from './screen/referral-takeover';
import { screenComplete, unansweredScreen } from './screen/screen-answers';
import { ScreenSummary } from './screen/screen-summary';
import { SubjectiveFields } from './screen/subjective-fields';

export interface ChartingScreenProps {
  readonly visit: Visit;
  readonly pack: ProtocolPack;
  readonly previous: Visit | null;
  readonly episode: Episode | null;
  readonly timeZone: string;
  readonly onSigned: (visit: Visit) => void;
}

const navId = 'visit-steps';
const steps = [
  { target: 'screen', label: 'nav.screen' },
  { target: 'pre-check', label: 'nav.preCheck' },
  { target: 'blocking', label: 'nav.blocking' },
  { target: 'treatment', label: 'nav.treatment' },
  { target: 'exam', label: 'nav.exam' },
  { target: 'post-check', label: 'nav.postCheck' },
  { target: 'note', label: 'nav.note' },
] as const;

/**
 * The visit charting screen: the red-flag screen first, then the indicator panel with the live
 * analysis, the blocking plan, treatment, exam and post-check, and the note with signing. A positive
 * red flag takes the screen over; a signed visit reads only, with its addenda.
 */
export function ChartingScreen({ visit, pack, previous, episode, timeZone, onSigned }: ChartingScreenProps) {
  const control = useVisitDraft(visit, pack);
  const { draft, update, saveState } = control;
  const engine = useLiveEngine(draft, pack, episode);
  const { t } = useTranslation('charting');
  const text = useProtocolText();
  const name = useMemo(() => indicatorNames(pack, text), [pack, text]);
  const stepLinks = useMemo(() => steps.map((s) => ({ target: s.target, label: t(s.label) })), [t]);
  const [reviewing, setReviewing] = useState(false);
  const [focusPanel, setFocusPanel] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const signed = control.visit.status === 'signed';
  const referral = engine.analysis.referral;
  usePlanPrefill(
    engine.plan,
    draft.record.treatment.blocks,
    update,
    control.ready && !signed && referral === null,
  );

  useEffect(() => {
    if (!focusPanel) return;
    setFocusPanel(false);
    focusFirstRow('pre-check');
  }, [focusPanel]);
  // A red flag answered yes takes the screen over: the focus goes to its heading (the button pressed is gone).
  const hasReferral = referral !== null;
  useEffect(() => {
    if (hasReferral && !signed) setFocusTarget('#referral h2');
  }, [hasReferral, signed]);
  useEffect(() => {
    if (focusTarget === null) return;
    setFocusTarget(null);
    document.querySelector<HTMLElement>(focusTarget)?.focus();
  }, [focusTarget]);
  useEffect(() => {
    if (signed) onSigned(control.visit);
  }, [signed, control.visit, onSigned]);

  if (signed) return <SignedVisitView visit={control.visit} name={name} timeZone={timeZone} />;
  const complete = screenComplete(pack, draft.findings);
  const reviewScreen = () => {
    setReviewing(true);
    setFocusTarget('#screen h2');
  };
  const showScreen = reviewing || (!complete && referral === null);
  const leavePanel = () => document.querySelector<HTMLElement>(`#${navId} a`)?.focus();
  return (
    <div className="charting stack">
      <div className="charting-bar">
        <SaveStatus state={saveState} />
        {referral === null && !showScreen ? <ChartingNav id={navId} steps={stepLinks} /> : null}
        {referral === null && !showScreen ? <AnalysisLine engine={engine} /> : null}
      </div>
      {saveState.kind === 'conflict' ? (
        <ConflictResolver
          mine={draft}
          theirs={saveState.theirs}
          base={saveState.base}
          name={name}
          timeZone={timeZone}
          onResolve={control.resolve}
        />
      ) : null}
      {/* A red flag comes first, above everything else charted at this visit. */}
      {referral !== null && !reviewing ? (
        <ReferralTakeover
          referral={referral}
          record={draft.record.referral}
          visitId={control.visit.id}
          timeZone={timeZone}
          name={name}
          unanswered={unansweredScreen(pack, draft.findings)}
          onRecord={(record) => update((d) => withRecord(d, (r) => ({ ...r, referral: record })))}
          onReview={reviewScreen}
        />
      ) : null}
      <SubjectiveFields draft={draft} update={update} />
      {showScreen ? (
        <RedFlagScreen
          pack={pack}
          draft={draft}
          update={update}
          onNone={() => {
            setReviewing(false);
            if (referral === null) setFocusPanel(true);
            else setFocusTarget('#referral h2');
          }}
        />
      ) : referral === null ? (
        <ScreenSummary pack={pack} draft={draft} onReview={reviewScreen} />
      ) : null}
      {referral === null && !showScreen ? (
        <MainFlow
          draft={draft}
          engine={engine}
          pack={pack}
          previous={previous}
          timeZone={timeZone}
          name={name}
          update={update}
          onEscape={leavePanel}
        />
      ) : null}
      {(referral === null && !showScreen) || (referral !== null && !reviewing) ? (
        <NoteSection
          control={control}
          engine={engine}
          pack={pack}
          name={name}
          timeZone={timeZone}
          plan={episode?.plan ?? null}
          secondaryDiagnoses={secondaryDiagnosesOf(episode)}
          onReviewScreen={reviewScreen}
        />
      ) : null}
    </div>
  );
}
