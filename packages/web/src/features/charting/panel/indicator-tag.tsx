import type { IndicatorSpec } from '@sotchart/engine';
import { Badge, type BadgeTone } from '../../../ui/badge';

const tones: Readonly<Record<string, BadgeTone>> = { I: 'cat-1', II: 'cat-2', III: 'cat-3' };

/** Which category an indicator counts toward and how: "II primary", "I supporting". */
export function IndicatorTag({ spec }: { readonly spec: IndicatorSpec }) {
  if (spec.category === null || spec.role === null) return null;
  return (
    <Badge tone={tones[spec.category] ?? 'neutral'}>
      {spec.category} {spec.role === 'P' ? 'primary' : 'supporting'}
    </Badge>
  );
}
