import { resultShapes, siteKey, type FindingSite, type IndicatorSpec } from '@sotchart/engine';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import type { EntryValue } from '../entry/entry-value';
import { siteFields } from './site-fields';

export interface SiteAdderProps {
  readonly spec: IndicatorSpec;
  readonly cranialStructures: readonly string[];
  /** The site keys with a row already. */
  readonly taken: ReadonlySet<string>;
  readonly onAdd: (site: FindingSite) => void;
}

/**
 * Picks a new site for an indicator charted at several sites (a cranial structure, a TS point's level
 * and A/B) and adds its row. Picking only chooses; the Add button adds, so stepping through the list
 * with the arrow keys never adds a site on the way.
 */
export function SiteAdder({ spec, cranialStructures, taken, onAdd }: SiteAdderProps) {
  const { t } = useTranslation('chartingNote');
  const text = useProtocolText();
  const name = text('indicator', spec.id, 'name', spec.name);
  const [value, setValue] = useState<EntryValue>({});
  const site = value.site;
  const complete =
    site !== undefined && resultShapes[spec.result].siteRequired.every((field) => site[field] !== undefined);
  const ready = complete && !taken.has(siteKey(site));
  const fields = siteFields(spec.result, name, cranialStructures, t, text, taken);
  return (
    <div className="entry-row site-adder" role="group" aria-label={t('adder.group', { name })}>
      <div className="entry-name muted">{t('adder.title', { name })}</div>
      {fields?.(value, setValue)}
      <button
        type="button"
        className="key-button"
        disabled={!ready}
        onClick={() => {
          if (!ready) return;
          setValue({});
          onAdd(site);
        }}
      >
        {t('adder.add')}
      </button>
    </div>
  );
}
