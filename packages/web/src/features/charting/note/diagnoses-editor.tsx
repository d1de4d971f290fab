import type { ConfirmedCoding } from '@sotchart/contract';
import type { CodingProblem } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../../ui/button';
import { CodingProblems, problemsAt } from './coding-problems';
import { codingEdit } from './coding-edit';

export interface DiagnosesEditorProps {
  readonly coding: ConfirmedCoding;
  readonly problems: readonly CodingProblem[];
  readonly change: (edit: (c: ConfirmedCoding) => ConfirmedCoding) => void;
}

/**
 * The confirmed diagnoses in claim order (pointer 1 is the first): a code field per diagnosis, buttons
 * to move it up or down and to remove it, and the checks' problems beside each.
 */
export function DiagnosesEditor({ coding, problems, change }: DiagnosesEditorProps) {
  const { t } = useTranslation('chartingNote');
  return (
    <fieldset className="stack coding-diagnoses">
      <legend>{t('diagnoses.legend')}</legend>
      {coding.diagnoses.length === 0 ? <p className="muted small">{t('diagnoses.none')}</p> : null}
      <ol className="plain-list stack">
        {coding.diagnoses.map((code, i) => (
          // Diagnoses may repeat while typed, so the position is the key.
          <li key={i} className="coding-row">
            <label className="coding-inline">
              <span>{i + 1}.</span>
              <input
                value={code}
                maxLength={10}
                autoCapitalize="characters"
                spellCheck={false}
                translate="no"
                aria-label={t('diagnoses.diagnosis', { n: i + 1 })}
                aria-invalid={problemsAt(problems, `diagnoses.${i}`).some((p) => p.severity === 'error')}
                onChange={(e) => change((c) => codingEdit.setDiagnosis(c, i, e.target.value))}
              />
            </label>
            <Button
              aria-label={t('diagnoses.moveUp', { n: i + 1 })}
              disabled={i === 0}
              onClick={() => change((c) => codingEdit.moveDiagnosis(c, i, -1))}
            >
              ↑
            </Button>
            <Button
              aria-label={t('diagnoses.moveDown', { n: i + 1 })}
              disabled={i === coding.diagnoses.length - 1}
              onClick={() => change((c) => codingEdit.moveDiagnosis(c, i, 1))}
            >
              ↓
            </Button>
            <Button variant="link" onClick={() => change((c) => codingEdit.removeDiagnosis(c, i))}>
              {t('diagnoses.remove')}
            </Button>
            <CodingProblems problems={problemsAt(problems, `diagnoses.${i}`)} />
          </li>
        ))}
      </ol>
      <CodingProblems problems={problems.filter((p) => p.path === 'diagnoses')} />
      <div className="row-actions">
        <Button disabled={coding.diagnoses.length >= 12} onClick={() => change(codingEdit.addDiagnosis)}>
          {t('diagnoses.add')}
        </Button>
      </div>
    </fieldset>
  );
}
