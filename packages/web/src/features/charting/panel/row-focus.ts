const rowSelector = '[data-entry-row]';

function rowsAround(from: Element): HTMLElement[] {
  const panel = from.closest('[data-entry-panel]');
  return panel === null ? [] : [...panel.querySelectorAll<HTMLElement>(rowSelector)];
}

/** Moves focus to the row `offset` rows away within the same panel (the grid counts as one row). */
export function focusRow(from: Element, offset: number): void {
  const rows = rowsAround(from);
  const here = rows.findIndex((row) => row === from || row.contains(from));
  const target = rows[here + offset];
  target?.focus();
}

/** Focuses the first row of a panel, e.g. after the red-flag screen is answered. */
export function focusFirstRow(panelId: string): void {
  document.getElementById(panelId)?.querySelector<HTMLElement>(rowSelector)?.focus();
}

/** Focuses the row of one indicator, e.g. from "examine next". */
export function focusIndicator(indicator: string, phase: 'pre' | 'post' = 'pre'): void {
  document
    .querySelector<HTMLElement>(`[data-entry-row][data-indicator="${indicator}"][data-phase="${phase}"]`)
    ?.focus();
}
