import type { HeelLiftSuggestion } from '@sotchart/engine';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { CertaintyBadge } from '../../protocol/certainty-badge';
import { TextAreaField } from '../../../ui/text-area-field';
import { withRecord, type VisitDraft } from '../draft/visit-draft';

/** Home care advice, with the engine's heel-lift suggestion when a measured anatomical difference is recorded. */
export function HomeCare({
  homeCare,
  heelLift,
  update,
}: {
  readonly homeCare: string;
  readonly heelLift: HeelLiftSuggestion | null;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}) {
  const set = (text: string) => update((d) => withRecord(d, (r) => ({ ...r, homeCare: text })));
  return (
    <div className="stack">
      {heelLift === null ? null : (
        <Alert tone="info">
          <p>
            {heelLift.message} <CertaintyBadge certainty={heelLift.certainty} />
          </p>
          {homeCare.includes(heelLift.message) ? null : (
            <Button
              onClick={() =>
                set(homeCare.trim() === '' ? heelLift.message : `${homeCare}\n${heelLift.message}`)
              }
            >
              Add the heel-lift advice to home care
            </Button>
          )}
        </Alert>
      )}
      <TextAreaField label="Home care" value={homeCare} rows={3} maxLength={5000} onChange={set} />
    </div>
  );
}
