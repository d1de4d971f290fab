import { segments, type Segment } from '@sotchart/engine';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';

// The segments named in words beside their code.
const segmentNames = {
  OC: 'spine.occiput',
  SA: 'spine.sacrum',
  IL: 'spine.ilium',
  CO: 'spine.coccyx',
} as const satisfies Partial<Record<Segment, string>>;

const hasName = (s: Segment): s is keyof typeof segmentNames => s in segmentNames;

function regionClass(s: Segment): string {
  if (s === 'OC') return 'spine-oc';
  if (s === 'SA' || s === 'IL' || s === 'CO') return `spine-${s.toLowerCase()}`;
  return `spine-${s.charAt(0).toLowerCase()}`;
}

export interface SpinePickerProps {
  readonly adjusted: ReadonlySet<Segment>;
  readonly onToggle: (segment: Segment) => void;
}

/**
 * The spine from occiput to coccyx as one control: tap a segment (or move with the arrows and press
 * Space) to mark it adjusted.
 */
export function SpinePicker({ adjusted, onToggle }: SpinePickerProps) {
  const { t } = useTranslation('charting');
  const [active, setActive] = useState<Segment>('OC');
  const refs = useRef(new Map<Segment, HTMLButtonElement>());
  const move = (from: Segment, offset: number) => {
    const next = segments[segments.indexOf(from) + offset];
    if (next === undefined) return;
    setActive(next);
    refs.current.get(next)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, s: Segment) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(s, 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(s, -1);
    else if (e.key === 'Home') move(s, -segments.indexOf(s));
    else if (e.key === 'End') move(s, segments.length - 1 - segments.indexOf(s));
    else return;
    e.preventDefault();
  };
  return (
    <div className="spine" role="group" aria-label={t('spine.label')}>
      {segments.map((s) => (
        <button
          key={s}
          type="button"
          ref={(el) => {
            if (el === null) refs.current.delete(s);
            else refs.current.set(s, el);
          }}
          className={`spine-segment ${regionClass(s)}`}
          tabIndex={s === active ? 0 : -1}
          aria-pressed={adjusted.has(s)}
          aria-label={
            hasName(s)
              ? t('spine.segmentNamed', { segment: s, name: t(segmentNames[s]) })
              : t('spine.segment', { segment: s })
          }
          onFocus={() => setActive(s)}
          onClick={() => onToggle(s)}
          onKeyDown={(e) => onKeyDown(e, s)}
        >
          <span translate="no">{s}</span>
        </button>
      ))}
    </div>
  );
}
