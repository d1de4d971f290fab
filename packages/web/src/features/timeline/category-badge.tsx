import { Badge, type BadgeTone } from '../../ui/badge';

const tones: Readonly<Record<string, BadgeTone>> = { I: 'cat-1', II: 'cat-2', III: 'cat-3' };

/** An SOT category in its consistent colour, e.g. "Cat II R"; anything else (none, referral) plainly. */
export function CategoryBadge({
  category,
  side,
}: {
  readonly category: string;
  readonly side?: string | null;
}) {
  const tone = tones[category];
  if (tone === undefined) return <Badge>{category.replaceAll('_', ' ')}</Badge>;
  return (
    <Badge tone={tone}>
      Cat {category}
      {side === null || side === undefined ? '' : ` ${side}`}
    </Badge>
  );
}
