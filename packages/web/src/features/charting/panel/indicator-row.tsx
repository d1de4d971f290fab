import type { Finding, Phase, ResultShapeId } from '@sotchart/engine';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { applyKey } from '../entry/apply-key';
import { completeFinding } from '../entry/complete-finding';
import { entryText } from '../entry/entry-text';
import type { EntryValue } from '../entry/entry-value';
import { keyHints } from '../entry/key-hints';
import { CarryForward, type CarryOffer } from './carry-forward';
import { focusRow } from './row-focus';
import { numberField, valueKeys } from './value-keys';
import './indicator-row.css';

export interface IndicatorRowProps {
  readonly indicator: string;
  readonly phase: Phase;
  readonly label: string;
  /** The keys the row takes, by result shape. */
  readonly shape: ResultShapeId;
  /** The saved finding's value, if one is recorded. */
  readonly stored: EntryValue | undefined;
  /** What a blank row starts from, e.g. a post-check row's site. */
  readonly start?: EntryValue;
  readonly onFinding: (finding: Finding | null) => void;
  readonly onEscape: () => void;
  readonly tag?: ReactNode;
  /** Site fields (fossa, direction, level, structure), given the value and a setter. */
  readonly site?: (value: EntryValue, set: (value: EntryValue) => void) => ReactNode;
  /** Beside the value: the pre value and change in the post-check. */
  readonly aside?: ReactNode;
  readonly carry?: CarryOffer;
  /**
   * The one side this row records (an SLR leg, one side of a side_grade): side keys are not offered
   * and every value keeps it.
   */
  readonly fixedSide?: 'L' | 'R';
  /**
   * Removes the row's finding and the row itself (a site of a list, e.g. a cranial structure): shown
   * as a Remove button, and what Delete does there.
   */
  readonly onRemove?: () => void;
  /**
   * On a one-side row, what a value for both sides does (an SLR leg row's 0: both legs negative):
   * it is recorded by `record` instead of for this side only, and the focus moves `advanceBy` rows.
   */
  readonly bothSides?: { readonly record: (value: EntryValue) => void; readonly advanceBy: number };
}

const sideKeyNames: readonly string[] = ['l', 'r', 'b'];

/**
 * One indicator: takes its value in one key or tap (`L` `R` `B` `0` `+` `-`, digits), moves on with
 * Tab, arrows or Enter, shows its keys, and keeps an unfinished value (a side still waiting for its
 * millimetres) on screen without sending it.
 */
export function IndicatorRow(props: IndicatorRowProps) {
  const {
    indicator,
    phase,
    label,
    shape,
    stored,
    start,
    onFinding,
    onEscape,
    tag,
    site,
    aside,
    carry,
    fixedSide,
    onRemove,
    bothSides,
  } = props;
  const { t } = useTranslation('chartingNote');
  const ref = useRef<HTMLDivElement>(null);
  const ids = useId();
  const [partial, setPartial] = useState<EntryValue | null>(null);
  const [digitRun, setDigitRun] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const shown: EntryValue = partial ?? stored ?? start ?? {};
  const number = numberField(shape);

  // Any value typed or picked here is today's own finding, never a carried-forward copy.
  const commit = (entered: EntryValue): void => {
    const { carriedForward: _carried, ...typed } = entered;
    const value = fixedSide === undefined ? typed : { ...typed, side: fixedSide };
    const finding = completeFinding(indicator, phase, shape, value);
    setPartial(finding === null ? value : null);
    onFinding(finding);
  };
  const press = (key: string): boolean => {
    // On a one-side row its own side key is accepted and changes nothing; the others are not taken.
    if (fixedSide !== undefined && sideKeyNames.includes(key.toLowerCase()))
      return key.toLowerCase() === fixedSide.toLowerCase();
    const result = applyKey(shape, shown, key, digitRun);
    if (result === null) return false;
    if (fixedSide !== undefined && bothSides !== undefined && result.value.side === 'none') {
      const { side: _none, ...value } = result.value;
      setDigitRun(false);
      setPartial(null);
      bothSides.record(value);
      if (ref.current !== null) focusRow(ref.current, bothSides.advanceBy);
      return true;
    }
    setDigitRun(result.digitRun);
    commit(result.value);
    if (result.advance && ref.current !== null) focusRow(ref.current, 1);
    return true;
  };
  const clear = (): void => {
    setDigitRun(false);
    setPartial(null);
    if (onRemove === undefined) onFinding(null);
    else onRemove();
  };

  const confirmCarry = (): void => {
    setConfirming(false);
    setPartial(null);
    carry?.onConfirm();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const here = event.currentTarget;
    if (confirming) {
      if (event.key === 'Enter' || event.key.toLowerCase() === 'y') confirmCarry();
      if (['Enter', 'Escape', 'y', 'Y', 'n', 'N'].includes(event.key)) {
        event.preventDefault();
        setConfirming(false);
      }
      return;
    }
    let handled = true;
    if (event.key === 'ArrowDown' || event.key === 'Enter') focusRow(here, 1);
    else if (event.key === 'ArrowUp') focusRow(here, -1);
    else if (event.key === 'Escape') onEscape();
    else if (event.key === 'Delete' || event.key === 'Backspace') clear();
    else if ((event.key === 'c' || event.key === 'C') && carry !== undefined) setConfirming(true);
    else handled = press(event.key);
    if (handled) event.preventDefault();
  };

  const text = entryText(partial ?? stored);
  const incomplete = partial !== null;
  return (
    <div
      ref={ref}
      className={`entry-row${incomplete ? ' entry-incomplete' : ''}${stored === undefined && !incomplete ? '' : ' entry-done'}`}
      role="group"
      tabIndex={0}
      data-entry-row=""
      data-indicator={indicator}
      data-phase={phase}
      aria-labelledby={`${ids}-name`}
      aria-describedby={`${ids}-value ${ids}-keys`}
      onKeyDown={onKeyDown}
    >
      <div className="entry-name">
        <span id={`${ids}-name`}>{label}</span> {tag}
      </div>
      <output id={`${ids}-value`} className="entry-value">
        {text === '' ? <span className="muted">—</span> : text}
        {incomplete ? <span className="entry-flag"> {t('row.incomplete')}</span> : null}
        {stored?.carriedForward === true ? <span className="entry-flag"> {t('row.carried')}</span> : null}
      </output>
      <div className="entry-keys-row">
        {valueKeys(shape, fixedSide !== undefined).map((k) => (
          <button
            key={k.key}
            type="button"
            tabIndex={-1}
            className="key-button"
            aria-label={t('row.key', { label, key: t(k.label, k.values ?? {}) })}
            aria-pressed={text !== '' && k.pressed(shown)}
            onClick={() => press(k.key)}
          >
            <span translate="no">{k.text}</span>
          </button>
        ))}
        {number === null ? null : (
          <input
            className="entry-number"
            type="number"
            inputMode="numeric"
            tabIndex={-1}
            min={0}
            max={number.max}
            aria-label={t('row.key', { label, key: t(number.label) })}
            value={shown[number.field] ?? ''}
            onChange={(e) => {
              const n =
                e.target.value === '' ? undefined : Math.min(number.max, Math.max(0, Number(e.target.value)));
              const { [number.field]: _old, ...rest } = shown;
              commit(n === undefined ? rest : { ...rest, [number.field]: n });
            }}
          />
        )}
        {onRemove === undefined ? null : (
          <button
            type="button"
            tabIndex={-1}
            className="key-button"
            aria-label={t('row.removeLabel', { label })}
            onClick={clear}
          >
            {t('row.remove')}
          </button>
        )}
        <kbd id={`${ids}-keys`} className="entry-hint">
          {keyHints(shape, fixedSide !== undefined)}
        </kbd>
      </div>
      {site?.(shown, commit)}
      {aside}
      {carry === undefined ? null : (
        <CarryForward
          offer={{ ...carry, onConfirm: confirmCarry }}
          confirming={confirming}
          onAsk={() => setConfirming(true)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
