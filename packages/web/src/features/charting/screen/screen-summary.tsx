import type { ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { listText } from '../analysis/list-text';
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
  const { t } = useTranslation('charting');
  const text = useProtocolText();
  const answers = screenAnswers(pack, draft.findings);
  const yes = pack.contraindications
    .filter((c) => answers.get(c.id) === true)
    .map((c) => text('contraindication', c.id, 'name', c.name));
  return (
    <p id="screen" className="screen-summary" tabIndex={-1}>
      {t('screenSummary.text', { count: yes.length, names: listText(yes) })}{' '}
      <button type="button" className="link-button" onClick={onReview}>
        {t('screenSummary.review')}
      </button>
    </p>
  );
}
