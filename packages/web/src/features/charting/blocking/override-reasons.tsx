import type { BlockingPlan } from '@sotchart/engine';
import { Alert } from '../../../ui/alert';
import { TextAreaField } from '../../../ui/text-area-field';
import type { VisitDraft } from '../draft/visit-draft';

export interface OverrideReasonsProps {
  readonly warnings: BlockingPlan['warnings'];
  readonly overrides: VisitDraft['overrides'];
  readonly name: (id: string) => string;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/** Each contraindication's warning, and the reason to proceed that signing requires. */
export function OverrideReasons({ warnings, overrides, name, update }: OverrideReasonsProps) {
  if (warnings.length === 0) return null;
  const setReason = (contraindication: string, reason: string) =>
    update((d) => ({
      ...d,
      overrides: [
        ...d.overrides.filter((o) => o.contraindication !== contraindication),
        { contraindication, reason },
      ],
    }));
  return (
    <div className="stack override-reasons">
      {warnings.map((w) => {
        const reason = overrides.find((o) => o.contraindication === w.contraindication)?.reason ?? '';
        return (
          <div key={w.contraindication} className="stack">
            <Alert tone="warning">{w.message}</Alert>
            <TextAreaField
              label={`Reason to proceed despite ${name(w.contraindication).toLowerCase()}`}
              required
              rows={2}
              value={reason}
              onChange={(text) => setReason(w.contraindication, text)}
              error={reason.trim() === '' ? 'is required before the visit can be signed' : undefined}
            />
          </div>
        );
      })}
    </div>
  );
}
