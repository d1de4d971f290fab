import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { focusFirstRow } from './panel/row-focus';

export interface ChartingNavProps {
  readonly id: string;
  readonly steps: readonly { readonly target: string; readonly label: string }[];
}

// Entry panels take focus on their first row, so typing can start at once; other steps on their heading.
function go(event: MouseEvent<HTMLAnchorElement>, target: string): void {
  const el = document.getElementById(target);
  if (el === null) return;
  event.preventDefault();
  if (el.hasAttribute('data-entry-panel')) focusFirstRow(target);
  if (!el.contains(document.activeElement)) {
    if (el instanceof HTMLDetailsElement) el.open = true;
    (el.querySelector<HTMLElement>('h2[tabindex], summary') ?? el).focus();
  }
  el.scrollIntoView({ block: 'start' });
}

/** The visit's steps as a jump list; Esc in an entry panel comes back here. */
export function ChartingNav({ id, steps }: ChartingNavProps) {
  const { t } = useTranslation('charting');
  return (
    <nav id={id} aria-label={t('nav.label')} className="charting-nav">
      <ol>
        {steps.map((s) => (
          <li key={s.target}>
            <a href={`#${s.target}`} onClick={(e) => go(e, s.target)}>
              {s.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
