import type { Certainty } from '@sotchart/engine';
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
 * A certainty in plain words in the app's language, e.g. "Sources disagree" (REFERENCE §9); the
 * English words until the `protocol` catalogue has loaded.
 */
export function certaintyText(certainty: Certainty): string {
  const { key, english } = labels[certainty];
  return i18n.t(key, { ns: 'protocol', defaultValue: english });
}

/** How well a rule is supported, in plain words (never colour alone). */
export function CertaintyBadge({ certainty }: { readonly certainty: Certainty }) {
  const { t } = useTranslation('protocol');
  const { key, tone } = labels[certainty];
  return <Badge tone={tone}>{t(key)}</Badge>;
}
