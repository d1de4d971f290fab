import type { FindingSite } from '@sotchart/engine';
import { siteKey } from '@sotchart/engine';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { entryText } from '../entry/entry-text';
import { editAtSite, siteListRows } from '../entry/site-list';
import type { EntryValue } from '../entry/entry-value';
import { valueOf } from '../entry/entry-value';
import { carryOffer } from './carry-forward';
import { IndicatorRow } from './indicator-row';
import { IndicatorTag } from './indicator-tag';
import { SiteAdder } from './site-adder';
import type { SiteRowsProps } from './site-rows-props';
import { useSiteLabel } from './site-words';

export interface SiteListRowsProps extends SiteRowsProps {
  readonly cranialStructures: readonly string[];
}

/**
 * An indicator examined at several sites in one visit (cranial structures, TS points; REFERENCE §2):
 * one row per site — the last visit's sites first, each with its value then and an explicit
 * carry-forward — and a row that adds another site. Each row takes its value with the row's keys and
 * is removed with Delete or its Remove button.
 */
export function SiteListRows(props: SiteListRowsProps) {
  const { spec, findings, previous, previousWhen, update, onEscape, cranialStructures } = props;
  const { t } = useTranslation('chartingNote');
  const name = useProtocolText()('indicator', spec.id, 'name', spec.name);
  const siteLabel = useSiteLabel();
  // Sites added and not yet charted: a row waiting for its value, kept on screen only.
  const [added, setAdded] = useState<readonly FindingSite[]>([]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const rows = siteListRows(findings, previous, added);

  // A site just added takes the focus, so its value is the next key pressed.
  useEffect(() => {
    if (focusKey === null) return;
    list.current
      ?.querySelector<HTMLElement>(`[data-site-key="${CSS.escape(focusKey)}"] [data-entry-row]`)
      ?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const edit = (site: FindingSite, value: EntryValue | null) =>
    update((d) => ({ ...d, findings: editAtSite(d.findings, spec.id, 'pre', site, value) }));
  const remove = (key: string, site: FindingSite) => {
    setAdded((sites) => sites.filter((s) => siteKey(s) !== key));
    edit(site, null);
  };

  return (
    <div className="site-list" ref={list}>
      {rows.map((row) => (
        <div key={row.key} data-site-key={row.key}>
          <IndicatorRow
            indicator={spec.id}
            phase="pre"
            label={t('siteRow.label', { name, site: siteLabel(row.site) })}
            shape={spec.result}
            stored={row.today}
            start={{ site: row.site }}
            tag={<IndicatorTag spec={spec} />}
            onEscape={onEscape}
            onFinding={(finding) => edit(row.site, finding === null ? null : valueOf(finding))}
            {...(row.today === undefined && row.last !== undefined
              ? {}
              : { onRemove: () => remove(row.key, row.site) })}
            {...carryOffer(row.last, previousWhen, entryText, (copied) => edit(row.site, copied))}
          />
        </div>
      ))}
      <SiteAdder
        spec={spec}
        cranialStructures={cranialStructures}
        taken={new Set(rows.map((r) => r.key))}
        onAdd={(site) => {
          setAdded((sites) => [...sites, site]);
          setFocusKey(siteKey(site));
        }}
      />
    </div>
  );
}
