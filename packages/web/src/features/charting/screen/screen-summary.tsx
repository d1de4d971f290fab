import type { ProtocolPack } from '@sotchart/engine';
import type { VisitDraft } from '../draft/visit-draft';
import { screenAnswers } from './screen-answers';

/** The answered screen in one line, with a way back to it. */
export function ScreenSummary({
  pack,
  draft,
  onReview,
}: {
  readonly pack: ProtocolPack;
  readonly draft: VisitDraft;
  readonly onReview: () => void;
}) {
  const answers = screenAnswers(pack, draft.findings);
  const yes = pack.contraindications.filter((c) => answers.get(c.id) === true).map((c) => c.name);
  return (
    <p id="screen" className="screen-summary" tabIndex={-1}>
      Red-flag screen: no red flags;{' '}
      {yes.length === 0 ? 'no contraindications' : `contraindications: ${yes.join(', ')}`}.{' '}
      <button type="button" className="link-button" onClick={onReview}>
        Review the screen
      </button>
    </p>
  );
}
