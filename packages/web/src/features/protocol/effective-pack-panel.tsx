import type { ProtocolPack } from '@sotchart/engine';
import { CertaintyBadge } from './certainty-badge';
import { placementText } from './placement-labels';
import { SourceList } from './source-list';
import './effective-pack-panel.css';

/**
 * The pack in effect for the clinic, read-only: priority, placements, the occipital map, every rule
 * with its certainty and sources, and the evidence note.
 */
export function EffectivePackPanel({ pack }: { readonly pack: ProtocolPack }) {
  const order = pack.priorityPresets.find((p) => p.id === pack.priority)?.order ?? [];
  const mapped = Object.entries(pack.cmrt.cmrtMap);
  return (
    <aside className="panel effective-pack" aria-labelledby="effective-pack-title">
      <h2 id="effective-pack-title">In effect now</h2>
      <p>
        {pack.name} <code>{pack.packRef}</code>
      </p>
      <h3>Priority</h3>
      <p>{order.join(' → ')}</p>
      <h3>Blocking placements</h3>
      <ul className="plain-list">
        {(['I', 'II', 'III'] as const).map((c) => {
          const placement = pack.placements[c];
          return (
            <li key={c}>
              <strong>Category {c}:</strong> {placementText(placement)}.{' '}
              <CertaintyBadge certainty={placement.certainty} />
              <br />
              <span className="muted small">{placement.endpoint}</span>
              <br />
              <SourceList ids={placement.sources} pack={pack} />
            </li>
          );
        })}
      </ul>
      <h3>Occipital-fibre area map</h3>
      {mapped.length === 0 ? (
        <p className="muted">Not set: the pack ships none.</p>
      ) : (
        <p>{mapped.map(([area, levels]) => `Area ${area}: ${(levels ?? []).join(', ')}`).join(' · ')}</p>
      )}
      {pack.disabledIndicators.length === 0 ? null : (
        <>
          <h3>Not used</h3>
          <p>{pack.disabledIndicators.join(', ').replaceAll('_', ' ')}</p>
        </>
      )}
      <h3>Rules</h3>
      <ul className="plain-list rules">
        {pack.rules.map((rule) => (
          <li key={rule.id}>
            <p>
              {rule.summary} <CertaintyBadge certainty={rule.certainty} />
            </p>
            <SourceList ids={rule.sources} pack={pack} />
          </li>
        ))}
      </ul>
      <h3>Evidence</h3>
      <p>{pack.evidenceNote.text}</p>
    </aside>
  );
}
