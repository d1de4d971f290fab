import type { KioskQuestionnaire } from '@sotchart/contract';

/**
 * The heading of one questionnaire on the tablet: its name (the clinic's licensed title where it
 * loaded wording), where it stands in the hand-over ("Questionnaire 1 of 2", only when there are
 * several), its instructions, and the licence statement the clinic affirmed for its wording.
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
  const { wording, definition } = questionnaire;
  return (
    <>
      {total > 1 ? (
        <p className="kiosk-progress" aria-live="polite">
          Questionnaire {position} of {total}
        </p>
      ) : null}
      <h1>
        Hello {givenName}: {wording?.name ?? definition.name}
      </h1>
      {wording?.instructions ? <p>{wording.instructions}</p> : null}
      {wording?.licence?.statement ? <p className="kiosk-hint small">{wording.licence.statement}</p> : null}
    </>
  );
}
