import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { entryText } from '../entry/entry-text';
import { editFossa, fossae, fossaMode, fossaValue, type Fossa, type FossaMode } from '../entry/fossa-values';
import { IndicatorRow } from './indicator-row';
import { IndicatorTag } from './indicator-tag';
import { carryOffer } from './carry-forward';
import type { SiteRowsProps } from './site-rows-props';

const fossaRowKey = { upper: 'fossa.upperRow', lower: 'fossa.lowerRow' } as const satisfies Record<
  Fossa,
  string
>;
const modes = [
  ['one', 'fossa.one', 'fossa.oneArmed'],
  ['each', 'fossa.each', 'fossa.eachArmed'],
] as const satisfies readonly (readonly [FossaMode, string, string])[];

/**
 * The arm–fossa test as one fossa-less row (the quick path) or as two rows, upper and lower fossa.
 * Switching removes the other way's results, so the two kinds never stand side by side.
 */
export function FossaRows({ spec, findings, previous, previousWhen, update, onEscape }: SiteRowsProps) {
  const { t } = useTranslation('chartingNote');
  const name = useProtocolText()('indicator', spec.id, 'name', spec.name);
  const [chosen, setChosen] = useState<FossaMode>('one');
  // Switching with results charted removes them, so it takes a second tap (as carry-forward does).
  const [armed, setArmed] = useState<FossaMode | null>(null);
  const mode = fossaMode(findings) ?? chosen;
  const edit = (fossa: Fossa | undefined, value: Parameters<typeof editFossa>[4]) =>
    update((d) => ({ ...d, findings: editFossa(d.findings, spec.id, 'pre', fossa, value) }));
  const switchTo = (next: FossaMode): void => {
    if (next !== mode && findings.length > 0 && armed !== next) {
      setArmed(next);
      return;
    }
    setArmed(null);
    setChosen(next);
    if (next === mode) return;
    // The post-check results go too: their rows follow the pre ones, and a fossa-less post result
    // must not stay beside a post result with a fossa.
    update((d) => ({ ...d, findings: d.findings.filter((f) => f.indicator !== spec.id) }));
  };
  const rows: readonly (Fossa | undefined)[] = mode === 'one' ? [undefined] : fossae;
  return (
    <div className="fossa-rows">
      <div className="fossa-mode" role="group" aria-label={t('fossa.group', { name })}>
        <span className="muted">{t('fossa.name', { name })}</span>
        {modes.map(([m, text, armedText]) => (
          <button
            key={m}
            type="button"
            className="key-button"
            aria-pressed={mode === m}
            title={findings.length > 0 && mode !== m ? t('fossa.replaces') : undefined}
            onClick={() => switchTo(m)}
          >
            {armed === m ? t(armedText) : t(text)}
          </button>
        ))}
      </div>
      {rows.map((fossa) => {
        const last = fossaValue(previous, fossa);
        return (
          <IndicatorRow
            key={fossa ?? 'either'}
            indicator={spec.id}
            phase="pre"
            label={fossa === undefined ? name : t(fossaRowKey[fossa], { name })}
            shape={spec.result}
            stored={fossaValue(findings, fossa)}
            {...(fossa === undefined ? {} : { start: { site: { fossa } } })}
            tag={<IndicatorTag spec={spec} />}
            onEscape={onEscape}
            onFinding={(finding) => {
              if (finding === null) return edit(fossa, null);
              const { indicator: _i, phase: _p, ...value } = finding;
              edit(fossa, value);
            }}
            {...carryOffer(last, previousWhen, entryText, (copied) => edit(fossa, copied))}
          />
        );
      })}
    </div>
  );
}
