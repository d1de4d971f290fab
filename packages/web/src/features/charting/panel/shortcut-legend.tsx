/** The panel's keys, always on screen. */
export function ShortcutLegend() {
  return (
    <p className="shortcut-legend small">
      <kbd>L</kbd> <kbd>R</kbd> <kbd>B</kbd> side · <kbd>0</kbd> negative/none · <kbd>+</kbd> <kbd>−</kbd> ·
      digits for grade, mm, degrees · <kbd>Tab</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd> move ·{' '}
      <kbd>Del</kbd> clears · <kbd>C</kbd> carries the last visit's value forward (then <kbd>Enter</kbd>) ·{' '}
      <kbd>Esc</kbd> leaves the panel
    </p>
  );
}
