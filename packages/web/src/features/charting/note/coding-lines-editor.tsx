import type { ConfirmedCoding } from '@sotchart/contract';
import type { CodingProblem } from '@sotchart/engine';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../../ui/button';
import { CodingProblems, problemsAt } from './coding-problems';
import { codingEdit } from './coding-edit';

// The modifiers a chiropractic claim most often needs, one tap each (clinical-notes §1.4).
const commonModifiers = ['AT', 'GA', 'GZ', 'GY', '25', '59'];

export interface CodingLinesEditorProps {
  readonly coding: ConfirmedCoding;
  readonly problems: readonly CodingProblem[];
  readonly change: (edit: (c: ConfirmedCoding) => ConfirmedCoding) => void;
}

/** A modifier outside the common ones: typed, then added with Enter or the button. */
function OtherModifier({ line, add }: { readonly line: number; readonly add: (modifier: string) => void }) {
  const { t } = useTranslation('chartingNote');
  const [text, setText] = useState('');
  const valid = /^[A-Z0-9]{2}$/.test(text);
  const commit = () => {
    if (!valid) return;
    add(text);
    setText('');
  };
  return (
    <span className="coding-inline">
      <input
        value={text}
        maxLength={2}
        size={3}
        autoCapitalize="characters"
        spellCheck={false}
        translate="no"
        aria-label={t('lines.otherModifier', { n: line + 1 })}
        onChange={(e) => setText(e.target.value.trim().toUpperCase())}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <Button disabled={!valid} onClick={commit}>
        {t('lines.addModifier')}
      </Button>
    </span>
  );
}

/**
 * The confirmed service lines, as on a CMS-1500 box 24: per line the code, its modifiers (toggles for
 * the common ones, a field for others), its diagnosis pointers (a toggle per listed diagnosis), units,
 * and the checks' problems beside it.
 */
export function CodingLinesEditor({ coding, problems, change }: CodingLinesEditorProps) {
  const { t } = useTranslation('chartingNote');
  return (
    <fieldset className="stack coding-lines">
      <legend>{t('lines.legend')}</legend>
      {coding.lines.length === 0 ? <p className="muted small">{t('lines.none')}</p> : null}
      {coding.lines.map((line, i) => (
        // Lines may hold the same code while typed, so the position is the key.
        <div key={i} className="coding-line stack" role="group" aria-label={t('lines.line', { n: i + 1 })}>
          <div className="coding-row">
            <label className="coding-inline">
              <span>{t('lines.code', { n: i + 1 })}</span>
              <input
                translate="no"
                value={line.code}
                maxLength={8}
                size={7}
                inputMode="text"
                autoCapitalize="characters"
                spellCheck={false}
                aria-invalid={problemsAt(problems, `lines.${i}.code`).some((p) => p.severity === 'error')}
                onChange={(e) => change((c) => codingEdit.setCode(c, i, e.target.value))}
              />
            </label>
            <label className="coding-inline">
              <span>{t('lines.units')}</span>
              <input
                type="number"
                min={1}
                max={99}
                step={1}
                value={line.units}
                onChange={(e) => change((c) => codingEdit.setUnits(c, i, Number(e.target.value)))}
              />
            </label>
            <Button variant="link" onClick={() => change((c) => codingEdit.removeLine(c, i))}>
              {t('lines.remove')}
            </Button>
          </div>
          <div className="coding-row" role="group" aria-label={t('lines.modifiersOf', { n: i + 1 })}>
            <span className="small">{t('lines.modifiers')}</span>
            {[...new Set([...commonModifiers, ...line.modifiers])].map((m) => (
              <Button
                key={m}
                aria-pressed={line.modifiers.includes(m)}
                onClick={() => change((c) => codingEdit.toggleModifier(c, i, m))}
              >
                <span translate="no">{m}</span>
              </Button>
            ))}
            <OtherModifier line={i} add={(m) => change((c) => codingEdit.toggleModifier(c, i, m))} />
          </div>
          <div className="coding-row" role="group" aria-label={t('lines.pointersOf', { n: i + 1 })}>
            <span className="small">{t('lines.diagnoses')}</span>
            {coding.diagnoses.length === 0 ? (
              <span className="muted small">{t('lines.addDiagnosisFirst')}</span>
            ) : null}
            {coding.diagnoses.map((d, p) => (
              <Button
                key={`${p}:${d}`}
                aria-pressed={line.pointers.includes(p + 1)}
                onClick={() => change((c) => codingEdit.togglePointer(c, i, p + 1))}
              >
                {p + 1} <span translate="no">{d}</span>
              </Button>
            ))}
          </div>
          <CodingProblems problems={problemsAt(problems, `lines.${i}`)} />
        </div>
      ))}
      <div className="row-actions">
        <Button disabled={coding.lines.length >= 24} onClick={() => change(codingEdit.addLine)}>
          {t('lines.add')}
        </Button>
      </div>
    </fieldset>
  );
}
