import type { ConfirmedCoding } from '@sotchart/contract';
import { codingCheckRules, type CodingProblem } from '@sotchart/engine';
import { TextField } from '../../../ui/text-field';
import { codingEdit } from './coding-edit';

export interface CodingOverridesProps {
  readonly coding: ConfirmedCoding;
  readonly problems: readonly CodingProblem[];
  readonly change: (edit: (c: ConfirmedCoding) => ConfirmedCoding) => void;
}

const ruleText = (rule: string): string =>
  Object.values(codingCheckRules).find((r) => r.id === rule)?.text ?? 'A coding check';

/**
 * A reason field for each rule whose errors a written reason may override (e.g. PART), and for each
 * override already recorded; signing goes ahead over such an error only with its reason.
 */
export function CodingOverrides({ coding, problems, change }: CodingOverridesProps) {
  const rules = [
    ...new Set([
      ...problems.filter((p) => p.severity === 'error' && p.overridable).map((p) => p.rule),
      ...coding.overrides.map((o) => o.rule),
    ]),
  ];
  if (rules.length === 0) return null;
  return (
    <fieldset className="stack coding-overrides">
      <legend>Override reasons</legend>
      <p className="muted small">
        Only rules that allow it may be overridden, and only with a written reason; the reason is kept in the
        signed note.
      </p>
      {rules.map((rule) => (
        <TextField
          key={rule}
          id={`coding-override-${rule}`}
          label={`Reason to go ahead despite ${rule}`}
          hint={ruleText(rule)}
          value={coding.overrides.find((o) => o.rule === rule)?.reason ?? ''}
          maxLength={1000}
          onChange={(reason) => change((c) => codingEdit.setOverride(c, rule, reason))}
        />
      ))}
    </fieldset>
  );
}
