import {
  siteKey,
  type EngineResult,
  type Finding,
  type ProtocolPack,
  type ResultShapeId,
} from '@sotchart/engine';
import { useId } from 'react';
import { Badge } from '../../../ui/badge';
import { changeLabel } from '../../timeline/change-label';
import { replaceFindings, type VisitDraft } from '../draft/visit-draft';
import { entryText } from '../entry/entry-text';
import { valueOf } from '../entry/entry-value';
import { IndicatorRow } from '../panel/indicator-row';
import { screenIds } from '../screen/screen-answers';

export interface PostCheckPanelProps {
  readonly pack: ProtocolPack;
  readonly draft: VisitDraft;
  readonly engine: EngineResult;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  readonly onEscape: () => void;
}

const sameSite = (a: Finding, b: Finding) =>
  a.indicator === b.indicator && siteKey(a.site) === siteKey(b.site);

/**
 * The post-check re-tests the pre-check's rows with the same keys; each row shows pre → post and
 * whether it cleared, improved, stayed, worsened.
 */
export function PostCheckPanel({ pack, draft, engine, update, onEscape }: PostCheckPanelProps) {
  const headingId = useId();
  const screen = new Set(screenIds(pack));
  const order = new Map(pack.indicators.map((s, i) => [s.id, i]));
  const pre = draft.findings
    .filter((f) => f.phase === 'pre' && !screen.has(f.indicator) && order.has(f.indicator))
    .sort(
      (a, b) =>
        (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) ||
        siteKey(a.site).localeCompare(siteKey(b.site)),
    );
  const recheck = new Set(engine.plan?.recheck ?? []);
  const s = engine.verification.summary;
  return (
    <section id="post-check" className="panel entry-panel" data-entry-panel="" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} tabIndex={-1}>
          Post-check
        </h2>
      </div>
      {pre.length === 0 ? (
        <p className="muted">The post-check re-tests the pre-check findings; record those first.</p>
      ) : (
        <p className="muted small" role="status">
          Cleared {s.cleared} · improved {s.improved} · unchanged {s.unchanged} · worse {s.worse} · not
          re-checked {s.not_rechecked}
        </p>
      )}
      {pre.map((p) => {
        const spec = pack.indicators.find((i) => i.id === p.indicator);
        if (spec === undefined) return null;
        const grid = spec.result === 'line_area_side_grade';
        const shape: ResultShapeId = grid ? 'side_grade' : spec.result;
        const label = grid
          ? `${spec.name}, line ${p.site?.line ?? ''} area ${p.site?.area ?? ''}`
          : spec.name;
        const mine = (f: Finding) => f.phase === 'post' && sameSite(f, p);
        const stored = draft.findings.find(mine);
        const item = engine.verification.items.find(
          (i) => i.indicator === p.indicator && siteKey(i.site) === siteKey(p.site),
        );
        const change = item === undefined ? null : changeLabel(item.change);
        return (
          <IndicatorRow
            key={`${p.indicator}|${siteKey(p.site)}`}
            indicator={p.indicator}
            phase="post"
            label={label}
            shape={shape}
            stored={stored === undefined ? undefined : valueOf(stored)}
            {...(p.site === undefined ? {} : { start: { site: p.site } })}
            tag={recheck.has(p.indicator) ? <Badge tone="accent">blocking re-check</Badge> : undefined}
            onEscape={onEscape}
            onFinding={(finding) => update((d) => replaceFindings(d, mine, finding))}
            aside={
              <p className="entry-change" data-change={item?.change ?? ''}>
                <span className="muted">pre</span> {entryText(valueOf(p))} →{' '}
                <span className="muted">post</span> {stored === undefined ? '—' : entryText(valueOf(stored))}{' '}
                {change === null || stored === undefined ? null : (
                  <Badge tone={change.tone}>{change.text}</Badge>
                )}
              </p>
            }
          />
        );
      })}
    </section>
  );
}
