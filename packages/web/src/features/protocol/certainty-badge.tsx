import type { Certainty } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';
import { i18n } from '../../i18n/translation';
import { useTranslation } from '../../i18n/translation';
import { Badge, type BadgeTone } from '../../ui/badge';

const labels = {
  sourced: { key: 'certainty.sourced', english: 'Sourced', tone: 'success' },
  conflicting: { key: 'certainty.conflicting', english: 'Sources disagree', tone: 'warning' },
  'practitioner-defined': {
    key: 'certainty.practitionerDefined',
    english: 'Set by practitioner',
    tone: 'neutral',
  },
} as const satisfies Readonly<Record<Certainty, { key: string; english: string; tone: BadgeTone }>>;

/**
 * A certainty in plain words, e.g. "Sources disagree" (REFERENCE §9), in the app's language or `t`'s
 * (a note written in the record's language); the English words until the `protocol` catalogue has loaded.
 */
export function certaintyText(
  certainty: Certainty,
  t: TFunction<'protocol'> = i18n.getFixedT(null, 'protocol'),
): string {
  const { key, english } = labels[certainty];
  return t(key, { defaultValue: english });
}

/** How well a rule is supported, in plain words (never colour alone). */
export function CertaintyBadge({ certainty }: { readonly certainty: Certainty }) {
  const { t } = useTranslation('protocol');
  const { key, tone } = labels[certainty];
  return <Badge tone={tone}>{t(key)}</Badge>;
}
