import type { KioskQuestionnaire } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';

/**
 * The heading of one questionnaire on the tablet: its name (the clinic's licensed title where it
 * loaded wording), where it stands in the hand-over ("Questionnaire 1 of 2", only when there are
 * several), its instructions, and the licence statement the clinic affirmed for its wording. The
 * instrument's own wording comes with the link's answer in the patient's language and is shown as it
 * is (a validated translation must not be altered by a browser translator).
 */
export function QuestionnaireHeading({
  givenName,
  questionnaire,
  position,
  total,
}: {
  readonly givenName: string;
  readonly questionnaire: KioskQuestionnaire;
  readonly position: number;
  readonly total: number;
}) {
  const { t } = useTranslation('kiosk');
  const { wording, definition } = questionnaire;
  return (
    <>
      {total > 1 ? (
        <p className="kiosk-progress" aria-live="polite">
          {t('heading.progress', { position, total })}
        </p>
      ) : null}
      <h1>{t('heading.title', { givenName, name: wording?.name ?? definition.name })}</h1>
      {wording?.instructions ? <p translate="no">{wording.instructions}</p> : null}
      {wording?.licence?.statement ? (
        <p className="kiosk-hint small" translate="no">
          {wording.licence.statement}
        </p>
      ) : null}
    </>
  );
}
