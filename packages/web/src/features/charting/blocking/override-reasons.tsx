import type { BlockingPlan } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Alert } from '../../../ui/alert';
import { TextAreaField } from '../../../ui/text-area-field';
import type { VisitDraft } from '../draft/visit-draft';

export interface OverrideReasonsProps {
  readonly warnings: BlockingPlan['warnings'];
  /** The plan's position, which a warning may name. */
  readonly position: BlockingPlan['position'];
  readonly overrides: VisitDraft['overrides'];
  readonly name: (id: string) => string;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/** Each contraindication's warning, and the reason to proceed that signing requires. */
export function OverrideReasons({ warnings, position, overrides, name, update }: OverrideReasonsProps) {
  const { t, i18n } = useTranslation('blocking');
  if (warnings.length === 0) return null;
  // A warning from the protocol catalogue, naming the plan's position; else the pack's own, as the engine worded it.
  const warning = (w: OverrideReasonsProps['warnings'][number]) => {
    const key = `contraindication.${w.contraindication}.warning`;
    // The catalogue's keys are made from pack ids at run time, so they are not typed literals.
    return i18n.exists(key, { ns: 'protocolContent' })
      ? i18n.t(key as never, { ns: 'protocolContent', position: t('plan.position', { position }) })
      : w.message;
  };
  // The name inside a sentence: lower case, except in German, where nouns keep their capital.
  const inSentence = (text: string) => (i18n.language === 'de' ? text : text.toLowerCase());
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
            <Alert tone="warning">{warning(w)}</Alert>
            <TextAreaField
              label={t('override.reason', { name: inSentence(name(w.contraindication)) })}
              required
              rows={2}
              value={reason}
              onChange={(text) => setReason(w.contraindication, text)}
              error={reason.trim() === '' ? t('override.required') : undefined}
            />
          </div>
        );
      })}
    </div>
  );
}
