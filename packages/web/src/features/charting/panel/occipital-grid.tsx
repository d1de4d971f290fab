import type { Finding, ProtocolPack } from '@sotchart/engine';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import {
  areas,
  cellGrades,
  lines,
  type Area,
  type CellSideEdit,
  type Grade,
  type GridSide,
  type Line,
} from '../entry/grid-cell';
import { focusRow } from './row-focus';

export interface OccipitalGridProps {
  readonly indicator: string;
  readonly label: string;
  readonly pack: ProtocolPack;
  /** The visit's pre findings of this indicator. */
  readonly findings: readonly Finding[];
  /** The last visit's findings of this indicator, shown in each cell as a reference. */
  readonly previous: readonly Finding[];
  readonly previousWhen: string | null;
  /** Applies edits of single cell sides, in order, as one change. */
  readonly onEdit: (edits: readonly CellSideEdit[]) => void;
  readonly onEscape: () => void;
}

interface Cursor {
  readonly side: GridSide;
  readonly line: Line;
  readonly area: Area;
}

const sides: readonly GridSide[] = ['L', 'R'];
const sideKey = { L: 'grid.left', R: 'grid.right' } as const satisfies Record<GridSide, string>;

function at(findings: readonly Finding[], line: Line, area: Area): readonly Finding[] {
  return findings.filter((f) => f.site?.line === line && f.site.area === area);
}

/** The last visit's graded cell sides, to carry forward one by one. */
function previousSides(
  previous: readonly Finding[],
): { line: Line; area: Area; side: GridSide; grade: Grade }[] {
  return lines.flatMap((line) =>
    areas.flatMap((area) => {
      const grades = cellGrades(at(previous, line, area));
      return sides.flatMap((side) => {
        const grade = grades[side];
        return grade === undefined ? [] : [{ line, area, side, grade }];
      });
    }),
  );
}

/**
 * The occipital fibres as a 3 × 7 grid per side (lines × areas): arrows move between cells, a digit
 * 0–3 grades the focused cell and moves on (with Shift, on both sides); the last visit's grade shows in
 * each cell. The grid is one stop in the row order.
 */
export function OccipitalGrid(props: OccipitalGridProps) {
  const { indicator, label, pack, findings, previous, previousWhen, onEdit, onEscape } = props;
  const { t } = useTranslation('chartingNote');
  const text = useProtocolText();
  const [cursor, setCursor] = useState<Cursor>({ side: 'L', line: 1, area: 1 });
  const [confirming, setConfirming] = useState(false);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const ids = useId();
  const keyOf = (c: Cursor) => `${c.side}${c.line}${c.area}`;

  const move = (next: Cursor): void => {
    setCursor(next);
    refs.current.get(keyOf(next))?.focus();
  };
  const grade = (c: Cursor, g: Grade | undefined, both = false): void => {
    const edit = (side: GridSide): CellSideEdit => ({
      indicator,
      phase: 'pre',
      line: c.line,
      area: c.area,
      side,
      grade: g,
    });
    onEdit(both ? sides.map(edit) : [edit(c.side)]);
  };
  const carried = previousSides(previous);
  // Each cell side the last visit graded is carried on its own; sides it left blank keep today's.
  const carryAll = (): void => {
    onEdit(carried.map((c) => ({ indicator, phase: 'pre', ...c, carriedForward: true })));
    setConfirming(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, c: Cursor): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const here = event.currentTarget;
    // A digit key's other character (Shift+1 = "!" on most layouts; the unshifted "&" where digits
    // need Shift, as on AZERTY) grades the cell on both sides at once: two findings, one per side.
    const both = /^Digit[0-3]$/.test(event.code) && !/^[0-9]$/.test(event.key);
    const typed = both ? event.code.slice(-1) : event.key;
    const digit = /^[0-3]$/.test(typed) ? (Number(typed) as Grade) : null;
    let handled = true;
    if (digit !== null) {
      grade(c, digit, both);
      if (c.area < 7) move({ ...c, area: (c.area + 1) as Area });
    } else if (event.key === 'ArrowRight') {
      if (c.area < 7) move({ ...c, area: (c.area + 1) as Area });
      else if (c.side === 'L') move({ ...c, side: 'R', area: 1 });
    } else if (event.key === 'ArrowLeft') {
      if (c.area > 1) move({ ...c, area: (c.area - 1) as Area });
      else if (c.side === 'R') move({ ...c, side: 'L', area: 7 });
    } else if (event.key === 'ArrowDown') {
      if (c.line < 3) move({ ...c, line: (c.line + 1) as Line });
      else focusRow(here, 1);
    } else if (event.key === 'ArrowUp') {
      if (c.line > 1) move({ ...c, line: (c.line - 1) as Line });
      else focusRow(here, -1);
    } else if (event.key === 'Enter') focusRow(here, 1);
    else if (event.key === 'Escape') onEscape();
    else if (event.key === 'Delete' || event.key === 'Backspace') grade(c, undefined);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const lineName = (line: Line) => {
    const packName = pack.cmrt.lines.find((l) => l.line === line)?.name;
    return packName === undefined ? t('grid.line', { line }) : text('cmrt', `line${line}`, 'name', packName);
  };
  return (
    <div className="entry-grid" role="group" aria-labelledby={`${ids}-name`} aria-describedby={`${ids}-keys`}>
      <div className="entry-name">
        <span id={`${ids}-name`}>{label}</span>{' '}
        <kbd id={`${ids}-keys`} className="entry-hint">
          {t('grid.keys')}
        </kbd>
      </div>
      <div className="grid-sides">
        {sides.map((side) => (
          <table key={side} className="grid-table">
            <caption>{t(sideKey[side])}</caption>
            <thead>
              <tr>
                <td />
                {areas.map((a) => (
                  <th key={a} scope="col">
                    {a}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line}>
                  <th scope="row" title={lineName(line)}>
                    {t('grid.lineShort', { line })}
                  </th>
                  {areas.map((area) => {
                    const c: Cursor = { side, line, area };
                    const g = cellGrades(at(findings, line, area))[side];
                    const was = cellGrades(at(previous, line, area))[side];
                    const active = keyOf(c) === keyOf(cursor);
                    return (
                      <td key={area}>
                        <button
                          type="button"
                          ref={(el) => {
                            if (el === null) refs.current.delete(keyOf(c));
                            else refs.current.set(keyOf(c), el);
                          }}
                          className={`grid-cell grade-${g ?? 'none'}`}
                          data-was={was}
                          tabIndex={active ? 0 : -1}
                          data-entry-row={active ? '' : undefined}
                          data-indicator={active ? indicator : undefined}
                          data-phase={active ? 'pre' : undefined}
                          aria-label={t('grid.cell', {
                            label,
                            side: t(sideKey[side]),
                            line,
                            area,
                            grade: g ?? 'none',
                            was: was ?? 'none',
                          })}
                          onFocus={() => setCursor(c)}
                          onClick={() => {
                            setCursor(c);
                            grade(c, g === undefined ? 0 : g === 3 ? undefined : ((g + 1) as Grade));
                          }}
                          onKeyDown={(e) => onKeyDown(e, c)}
                        >
                          {g ?? ''}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      {carried.length === 0 ? null : (
        <div className="entry-previous">
          <span className="muted">{t('grid.last', { when: previousWhen, count: carried.length })}</span>
          {confirming ? (
            <>
              <button type="button" className="link-button" onClick={carryAll}>
                {t('grid.confirm')}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(false)}>
                {t('grid.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              {t('grid.carry')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
