import type { ConfirmedCoding } from '@sotchart/contract';
import type { MessageKey } from '@sotchart/i18n';
import { codingCheckRules, type CodingProblem } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { TextField } from '../../../ui/text-field';
import { codingEdit } from './coding-edit';

export interface CodingOverridesProps {
  readonly coding: ConfirmedCoding;
  readonly problems: readonly CodingProblem[];
  readonly change: (edit: (c: ConfirmedCoding) => ConfirmedCoding) => void;
}

const ruleText = (rule: string): string | undefined =>
  Object.values(codingCheckRules).find((r) => r.id === rule)?.text;

// The `coding` catalogue words each rule under its id; a rule the engine no longer knows has none.
const isRuleKey = (rule: string): rule is MessageKey<'coding'> => ruleText(rule) !== undefined;

/**
 * A reason field for each rule whose errors a written reason may override (e.g. PART), and for each
 * override already recorded; signing goes ahead over such an error only with its reason.
 */
export function CodingOverrides({ coding, problems, change }: CodingOverridesProps) {
  const { t } = useTranslation(['chartingNote', 'coding']);
  const rules = [
    ...new Set([
      ...problems.filter((p) => p.severity === 'error' && p.overridable).map((p) => p.rule),
      ...coding.overrides.map((o) => o.rule),
    ]),
  ];
  if (rules.length === 0) return null;
  return (
    <fieldset className="stack coding-overrides">
      <legend>{t('overrides.legend')}</legend>
      <p className="muted small">{t('overrides.hint')}</p>
      {rules.map((rule) => (
        <TextField
          key={rule}
          id={`coding-override-${rule}`}
          label={t('overrides.reason', { rule })}
          hint={isRuleKey(rule) ? t(rule, { ns: 'coding' }) : t('overrides.unknownRule')}
          translate="no"
          value={coding.overrides.find((o) => o.rule === rule)?.reason ?? ''}
          maxLength={1000}
          onChange={(reason) => change((c) => codingEdit.setOverride(c, rule, reason))}
        />
      ))}
    </fieldset>
  );
}
