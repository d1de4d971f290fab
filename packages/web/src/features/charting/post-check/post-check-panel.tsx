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
import { clearedHeadline, sideWord, verificationNotes } from '../../timeline/verification-text';
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
  const notes = verificationNotes(s);
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
        <p className="verification-summary" role="status">
          <strong>{clearedHeadline(s)}</strong>
          {notes.length === 0 ? null : <span className="muted small block">{notes.join('; ')}</span>}
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
        // One item per side for a sided finding (REFERENCE §9), shown as the engine gives them.
        const items = engine.verification.items.filter(
          (i) => i.indicator === p.indicator && siteKey(i.site) === siteKey(p.site),
        );
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
              <p className="entry-change">
                <span className="muted">pre</span> {entryText(valueOf(p))} →{' '}
                <span className="muted">post</span> {stored === undefined ? '—' : entryText(valueOf(stored))}{' '}
                {stored === undefined
                  ? null
                  : items.map((item) => {
                      const change = changeLabel(item.change);
                      const side = sideWord(item.side);
                      return (
                        <span key={item.side ?? ''} data-change={item.change} data-side={item.side ?? ''}>
                          <Badge tone={change.tone}>
                            {side === '' ? change.text : `${side}: ${change.text}`}
                          </Badge>{' '}
                        </span>
                      );
                    })}
              </p>
            }
          />
        );
      })}
    </section>
  );
}
