import type { IndicatorSpec } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Badge, type BadgeTone } from '../../../ui/badge';

const tones: Readonly<Record<string, BadgeTone>> = { I: 'cat-1', II: 'cat-2', III: 'cat-3' };

/** Which category an indicator counts toward and how: "II primary", "I supporting". */
export function IndicatorTag({ spec }: { readonly spec: IndicatorSpec }) {
  const { t } = useTranslation('chartingNote');
  if (spec.category === null || spec.role === null) return null;
  return (
    <Badge tone={tones[spec.category] ?? 'neutral'}>
      {spec.role === 'P'
        ? t('tag.primary', { category: spec.category })
        : t('tag.supporting', { category: spec.category })}
    </Badge>
  );
}
