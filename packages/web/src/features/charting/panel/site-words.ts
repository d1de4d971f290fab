import type { FindingSite } from '@sotchart/engine';
import { useCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';

/**
 * A finding's site in words, e.g. "upper fossa, line 2, area 3": fossa, line, area, the level (a
 * segment, as written), the cranial structure (by the protocol's name) and the direction (as typed).
 */
export function useSiteLabel(): (site: FindingSite | undefined) => string {
  const { t } = useTranslation('chartingNote');
  const text = useProtocolText();
  return useCallback(
    (site) => {
      if (site === undefined) return '';
      return [
        site.fossa === undefined
          ? null
          : site.fossa === 'upper'
            ? t('site.upperFossa')
            : t('site.lowerFossa'),
        site.line === undefined ? null : t('site.line', { line: site.line }),
        site.area === undefined ? null : t('site.area', { area: site.area }),
        site.level ?? null,
        site.structure === undefined
          ? null
          : text('cranial', site.structure, 'name', site.structure.replaceAll('_', ' ')),
        site.direction ?? null,
      ]
        .filter((s): s is string => s !== null)
        .join(', ');
    },
    [t, text],
  );
}
