import {
  keyedBySide,
  siteKey,
  siteSideKey,
  type EngineResult,
  type Finding,
  type ProtocolPack,
  type ResultShapeId,
} from '@sotchart/engine';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { Badge } from '../../../ui/badge';
import { changeLabel } from '../../timeline/change-label';
import { replaceFindings, type VisitDraft } from '../draft/visit-draft';
import { entryText } from '../entry/entry-text';
import { editFossa } from '../entry/fossa-values';
import { valueOf, type EntryValue } from '../entry/entry-value';
import { compareSites } from '../entry/site-order';
import { IndicatorRow } from '../panel/indicator-row';
import { panelOrder } from '../panel/panel-order';
import { useSiteLabel } from '../panel/site-words';
import { screenIds } from '../screen/screen-answers';
import { useVerificationWords } from './verification-words';

export interface PostCheckPanelProps {
  readonly pack: ProtocolPack;
  readonly draft: VisitDraft;
  readonly engine: EngineResult;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  readonly onEscape: () => void;
}

// Matched by site and side (the engine's key), so each side of a per-side indicator is its own row.
const sameSite = (a: Finding, b: Finding) => a.indicator === b.indicator && siteSideKey(a) === siteSideKey(b);

/** A per-side pre finding's side ('L' / 'R'), which its post finding must keep to share its key. */
function keptSide(pre: Finding): 'L' | 'R' | undefined {
  return keyedBySide(pre) && (pre.side === 'L' || pre.side === 'R') ? pre.side : undefined;
}

function valueOrNull(finding: Finding | null): EntryValue | null {
  return finding === null ? null : valueOf(finding);
}

/**
 * The post-check re-tests the pre-check's rows with the same keys; each row shows pre → post and
 * whether it cleared, improved, stayed, worsened.
 */
export function PostCheckPanel({ pack, draft, engine, update, onEscape }: PostCheckPanelProps) {
  const { t } = useTranslation('chartingNote');
  const text = useProtocolText();
  const words = useVerificationWords();
  const siteLabel = useSiteLabel();
  const headingId = useId();
  const screen = new Set(screenIds(pack));
  const order = new Map(panelOrder(pack).map((s, i) => [s.id, i]));
  const pre = draft.findings
    .filter((f) => f.phase === 'pre' && !screen.has(f.indicator) && order.has(f.indicator))
    .sort((a, b) => (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || compareSites(a, b));
  const recheck = new Set(engine.plan?.recheck ?? []);
  const s = engine.verification.summary;
  const notes = words.notes(s);
  return (
    <section id="post-check" className="panel entry-panel" data-entry-panel="" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} tabIndex={-1}>
          {t('postCheck.title')}
        </h2>
      </div>
      {pre.length === 0 ? (
        <p className="muted">{t('postCheck.empty')}</p>
      ) : (
        <p className="verification-summary" role="status">
          <strong>{words.headline(s)}</strong>
          {notes.length === 0 ? null : <span className="muted small block">{notes.join('; ')}</span>}
        </p>
      )}
      {pre.map((p) => {
        const spec = pack.indicators.find((i) => i.id === p.indicator);
        if (spec === undefined) return null;
        const grid = spec.result === 'line_area_side_grade';
        const shape: ResultShapeId = grid ? 'side_grade' : spec.result;
        const ownSide = keptSide(p);
        const fossa = p.site?.fossa;
        const where = siteLabel(p.site);
        const indicatorName = text('indicator', spec.id, 'name', spec.name);
        const side = words.side(ownSide);
        const label =
          where === ''
            ? side === ''
              ? indicatorName
              : t('postCheck.rowSide', { name: indicatorName, side })
            : side === ''
              ? t('postCheck.rowSite', { name: indicatorName, site: where })
              : t('postCheck.rowSiteSide', { name: indicatorName, site: where, side });
        const mine = (f: Finding) => f.phase === 'post' && sameSite(f, p);
        const stored = draft.findings.find(mine);
        // One item per side for a sided finding (REFERENCE §9), shown as the engine gives them.
        const items = engine.verification.items.filter(
          (i) =>
            i.indicator === p.indicator &&
            siteKey(i.site) === siteKey(p.site) &&
            (ownSide === undefined || i.side === ownSide),
        );
        return (
          <IndicatorRow
            key={`${p.indicator}|${siteSideKey(p)}`}
            indicator={p.indicator}
            phase="post"
            label={label}
            shape={shape}
            stored={stored === undefined ? undefined : valueOf(stored)}
            start={{
              ...(p.site === undefined ? {} : { site: p.site }),
              ...(ownSide === undefined ? {} : { side: ownSide }),
            }}
            tag={recheck.has(p.indicator) ? <Badge tone="accent">{t('postCheck.recheck')}</Badge> : undefined}
            onEscape={onEscape}
            onFinding={(finding) =>
              update((d) =>
                spec.result === 'side_fossa_posneg'
                  ? {
                      ...d,
                      findings: editFossa(d.findings, p.indicator, 'post', fossa, valueOrNull(finding)),
                    }
                  : replaceFindings(
                      d,
                      mine,
                      // A per-side row re-checks its own side: '0' there means that side is negative.
                      finding === null || ownSide === undefined ? finding : { ...finding, side: ownSide },
                    ),
              )
            }
            aside={
              <p className="entry-change">
                <span className="muted">{t('postCheck.pre')}</span> {entryText(valueOf(p))} →{' '}
                <span className="muted">{t('postCheck.post')}</span>{' '}
                {stored === undefined ? '—' : entryText(valueOf(stored))}{' '}
                {stored === undefined
                  ? null
                  : items.map((item) => {
                      const change = words.change(item.change);
                      const itemSide = words.side(item.side);
                      return (
                        <span key={item.side ?? ''} data-change={item.change} data-side={item.side ?? ''}>
                          <Badge tone={changeLabel(item.change).tone}>
                            {itemSide === ''
                              ? change
                              : t('postCheck.changeOnSide', { side: itemSide, change })}
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
