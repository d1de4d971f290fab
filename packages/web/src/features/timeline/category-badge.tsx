import { useTranslation } from '../../i18n/translation';
import { Badge, type BadgeTone } from '../../ui/badge';

const tones: Readonly<Record<string, BadgeTone>> = { I: 'cat-1', II: 'cat-2', III: 'cat-3' };

/** What an analysis found besides a category, by the stored value, in the `timeline` catalogue. */
const otherKeys = {
  none: 'category.none',
  undetermined: 'category.undetermined',
} as const;

const isOther = (category: string): category is keyof typeof otherKeys => Object.hasOwn(otherKeys, category);

/** An SOT category in its consistent colour, e.g. "Cat II R"; anything else (none, undetermined) plainly. */
export function CategoryBadge({
  category,
  side,
}: {
  readonly category: string;
  readonly side?: string | null;
}) {
  const { t } = useTranslation('timeline');
  const tone = tones[category];
  if (tone === undefined)
    return isOther(category) ? (
      <Badge>{t(otherKeys[category])}</Badge>
    ) : (
      <Badge>
        <span translate="no">{category.replaceAll('_', ' ')}</span>
      </Badge>
    );
  return (
    <Badge tone={tone}>
      {side === null || side === undefined
        ? t('category.badge', { category })
        : t('category.badgeSide', { category, side })}
    </Badge>
  );
}
