import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { entryText } from '../entry/entry-text';
import { editSide, oneSides, sideValues, type OneSide } from '../entry/side-values';
import type { EntryValue } from '../entry/entry-value';
import type { Finding } from '@sotchart/engine';
import { IndicatorRow } from './indicator-row';
import { IndicatorTag } from './indicator-tag';
import { carryOffer } from './carry-forward';
import type { SiteRowsProps } from './site-rows-props';

// SLR is raised leg by leg; other per-side indicators (sciatic pain points, zygomatic ROM) just name the side.
const legKey = { L: 'sides.leftLeg', R: 'sides.rightLeg' } as const satisfies Record<OneSide, string>;
const sideKey = { L: 'sides.left', R: 'sides.right' } as const satisfies Record<OneSide, string>;

/** Sets both sides of a per-side indicator's pre finding to one value. */
function bothLegs(findings: readonly Finding[], indicator: string, value: EntryValue): Finding[] {
  return oneSides.reduce<Finding[]>(
    (all, side) => editSide(all, indicator, 'pre', side, { ...value, side }),
    [...findings],
  );
}

/**
 * A per-side indicator off the occipital grid (SLR, side_grade) as two rows, left and right: each
 * side takes its value on its own, clears on its own and offers the last visit's value for that side.
 */
export function SideRows({ spec, findings, previous, previousWhen, update, onEscape }: SiteRowsProps) {
  const { t } = useTranslation('chartingNote');
  const name = useProtocolText()('indicator', spec.id, 'name', spec.name);
  const today = sideValues(findings);
  const before = sideValues(previous);
  const names = spec.result === 'side_degrees_symptom' ? legKey : sideKey;
  const edit = (side: OneSide, value: Parameters<typeof editSide>[4]) =>
    update((d) => ({ ...d, findings: editSide(d.findings, spec.id, 'pre', side, value) }));
  return oneSides.map((side) => {
    const last = before[side];
    return (
      <IndicatorRow
        key={side}
        indicator={spec.id}
        phase="pre"
        label={t(names[side], { name })}
        shape={spec.result}
        fixedSide={side}
        stored={today[side]}
        start={{ side }}
        tag={<IndicatorTag spec={spec} />}
        onEscape={onEscape}
        onFinding={(finding) => {
          if (finding === null) return edit(side, null);
          const { indicator: _i, phase: _p, ...value } = finding;
          edit(side, value);
        }}
        {...(spec.result === 'side_degrees_symptom' && today[side === 'L' ? 'R' : 'L'] === undefined
          ? {
              // 0 while the other leg is not charted: both legs negative, then on past the other
              // leg's row. Once the other leg has a result, 0 is this leg negative only.
              bothSides: {
                record: (value) => update((d) => ({ ...d, findings: bothLegs(d.findings, spec.id, value) })),
                advanceBy: side === 'L' ? 2 : 1,
              },
            }
          : {})}
        {...carryOffer(last, previousWhen, entryText, (copied) => edit(side, copied))}
      />
    );
  });
}
