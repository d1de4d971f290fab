import type { Visit } from '@sotchart/contract';
import { resultShapes, type Finding, type ProtocolPack } from '@sotchart/engine';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { formatInstantDate } from '../../../ui/date-format';
import { replaceFindings, type VisitDraft } from '../draft/visit-draft';
import { entryText } from '../entry/entry-text';
import { editCellSide } from '../entry/grid-cell';
import { valueOf } from '../entry/entry-value';
import { FossaRows } from './fossa-rows';
import { IndicatorRow } from './indicator-row';
import { IndicatorTag } from './indicator-tag';
import { carryOffer } from './carry-forward';
import { OccipitalGrid } from './occipital-grid';
import { panelOrder } from './panel-order';
import { ShortcutLegend } from './shortcut-legend';
import { SideRows } from './side-rows';
import { SiteListRows } from './site-list-rows';
import { siteFields } from './site-fields';

export interface IndicatorPanelProps {
  readonly pack: ProtocolPack;
  readonly findings: readonly Finding[];
  /** The patient's last visit before this one, for reference values. */
  readonly previous: Visit | null;
  readonly timeZone: string;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  readonly onEscape: () => void;
}

/**
 * The pre-check, generated from the clinic's protocol pack (what decides the category first, see
 * {@link panelOrder}): one row per indicator, site or side, the last visit's value beside each row.
 */
export function IndicatorPanel({
  pack,
  findings,
  previous,
  timeZone,
  update,
  onEscape,
}: IndicatorPanelProps) {
  const { t } = useTranslation('chartingNote');
  const text = useProtocolText();
  const headingId = useId();
  const pre = findings.filter((f) => f.phase === 'pre');
  const before = (previous?.findings ?? []).filter((f) => f.phase === 'pre');
  const when = previous === null ? null : formatInstantDate(previous.visitAt, timeZone);
  return (
    <section id="pre-check" className="panel entry-panel" data-entry-panel="" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} tabIndex={-1}>
          {t('panel.title')}
        </h2>
      </div>
      <ShortcutLegend />
      {panelOrder(pack).map((spec) => {
        const mine = (f: Finding) => f.indicator === spec.id && f.phase === 'pre';
        const name = text('indicator', spec.id, 'name', spec.name);
        if (spec.result === 'line_area_side_grade')
          return (
            <OccipitalGrid
              key={spec.id}
              indicator={spec.id}
              label={name}
              pack={pack}
              findings={pre.filter(mine)}
              previous={before.filter((f) => f.indicator === spec.id)}
              previousWhen={when}
              onEscape={onEscape}
              onEdit={(edits) => update((d) => ({ ...d, findings: edits.reduce(editCellSide, d.findings) }))}
            />
          );
        const rowsProps = {
          spec,
          findings: pre.filter(mine),
          previous: before.filter((f) => f.indicator === spec.id),
          previousWhen: when,
          update,
          onEscape,
        };
        if (spec.result === 'side_fossa_posneg') return <FossaRows key={spec.id} {...rowsProps} />;
        // Per-side results (REFERENCE §2) are one finding per side, so one row per side; the occipital
        // grid, the other per-side shape, has returned above.
        if (resultShapes[spec.result].perSide) return <SideRows key={spec.id} {...rowsProps} />;
        // Shapes with a structure (cranial structures, TS points) are examined at several sites.
        if (resultShapes[spec.result].structureFrom !== null)
          return <SiteListRows key={spec.id} {...rowsProps} cranialStructures={pack.cranialStructures} />;
        const stored = pre.find(mine);
        const last = before.find((f) => f.indicator === spec.id);
        return (
          <IndicatorRow
            key={spec.id}
            indicator={spec.id}
            phase="pre"
            label={name}
            shape={spec.result}
            stored={stored === undefined ? undefined : valueOf(stored)}
            tag={<IndicatorTag spec={spec} />}
            site={siteFields(spec.result, name, pack.cranialStructures, t, text)}
            onEscape={onEscape}
            onFinding={(finding) => update((d) => replaceFindings(d, mine, finding))}
            {...carryOffer(
              last,
              when,
              (f) => entryText(valueOf(f)),
              (copied) => update((d) => replaceFindings(d, mine, { ...copied, phase: 'pre' })),
            )}
          />
        );
      })}
    </section>
  );
}
