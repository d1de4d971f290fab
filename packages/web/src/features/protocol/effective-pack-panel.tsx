import type { ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import { ProtocolText, useProtocolText } from '../../i18n/protocol-text';
import { CertaintyBadge } from './certainty-badge';
import { placementText } from './placement-labels';
import { SourceList } from './source-list';
import './effective-pack-panel.css';

/**
 * The pack in effect for the clinic, read-only: priority, placements, the occipital map, every rule
 * with its certainty and sources, and the evidence note. `base` names the indicators the clinic
 * turned off (they are no longer in the effective pack).
 */
export function EffectivePackPanel({
  pack,
  base,
}: {
  readonly pack: ProtocolPack;
  readonly base: ProtocolPack;
}) {
  const { t } = useTranslation('protocol');
  const text = useProtocolText();
  const order = pack.priorityPresets.find((p) => p.id === pack.priority)?.order ?? [];
  const mapped = Object.entries(pack.cmrt.cmrtMap);
  const indicatorName = (id: string) => {
    const spec = base.indicators.find((i) => i.id === id);
    return spec === undefined ? id.replaceAll('_', ' ') : text('indicator', id, 'name', spec.name);
  };
  return (
    <aside className="panel effective-pack" aria-labelledby="effective-pack-title">
      <h2 id="effective-pack-title">{t('panel.title')}</h2>
      <p>
        <ProtocolText kind="pack" id={pack.id} field="name" text={pack.name} />{' '}
        <code translate="no">{pack.packRef}</code>
      </p>
      <h3>{t('panel.priority')}</h3>
      {/* Category numerals in priority order: codes, the same in every language. */}
      <p translate="no">{order.join(' → ')}</p>
      <h3>{t('panel.placements')}</h3>
      <ul className="plain-list">
        {(['I', 'II', 'III'] as const).map((c) => {
          const placement = pack.placements[c];
          return (
            <li key={c}>
              <strong>{t('panel.placementCategory', { category: c })}</strong>{' '}
              {t('panel.placementSentence', { placement: placementText(placement, t) })}{' '}
              <CertaintyBadge certainty={placement.certainty} />
              <br />
              <span className="muted small">
                <ProtocolText kind="placement" id={c} field="endpoint" text={placement.endpoint} />
              </span>
              <br />
              <SourceList ids={placement.sources} pack={pack} />
            </li>
          );
        })}
      </ul>
      <h3>{t('panel.cmrtMap')}</h3>
      {mapped.length === 0 ? (
        <p className="muted">{t('panel.cmrtMapNone')}</p>
      ) : (
        <p>
          {mapped
            .map(([area, levels]) => t('panel.cmrtArea', { area, levels: (levels ?? []).join(', ') }))
            .join(' · ')}
        </p>
      )}
      {pack.disabledIndicators.length === 0 ? null : (
        <>
          <h3>{t('panel.disabled')}</h3>
          <p>{pack.disabledIndicators.map(indicatorName).join(t('panel.listSeparator'))}</p>
        </>
      )}
      <h3>{t('panel.rules')}</h3>
      <ul className="plain-list rules">
        {pack.rules.map((rule) => (
          <li key={rule.id}>
            <p>
              <ProtocolText kind="rule" id={rule.id} field="summary" text={rule.summary} />{' '}
              <CertaintyBadge certainty={rule.certainty} />
            </p>
            <SourceList ids={rule.sources} pack={pack} />
          </li>
        ))}
      </ul>
      <h3>{t('panel.evidence')}</h3>
      <p>
        <ProtocolText kind="evidence" id="default" field="text" text={pack.evidenceNote.text} />
      </p>
    </aside>
  );
}
