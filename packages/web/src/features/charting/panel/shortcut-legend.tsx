import { useTranslation } from '../../../i18n/translation';

/** The panel's keys, always on screen; the key caps are the keys themselves, in every language. */
export function ShortcutLegend() {
  const { t } = useTranslation('chartingNote');
  return (
    <p className="shortcut-legend small">
      <span translate="no">
        <kbd>L</kbd> <kbd>R</kbd> <kbd>B</kbd>
      </span>{' '}
      {t('legend.side')} · <kbd translate="no">0</kbd> {t('legend.negative')} · <kbd>+</kbd> <kbd>−</kbd> ·{' '}
      {t('legend.digits')} ·{' '}
      <span translate="no">
        <kbd>Tab</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd>
      </span>{' '}
      {t('legend.move')} · <kbd translate="no">Del</kbd> {t('legend.clears')} · <kbd translate="no">C</kbd>{' '}
      {t('legend.carries')} · <kbd translate="no">Esc</kbd> {t('legend.leaves')}
    </p>
  );
}
