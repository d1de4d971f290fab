import type { Certainty } from '@sotchart/engine';
import { Badge, type BadgeTone } from '../../ui/badge';

const labels: Readonly<Record<Certainty, { text: string; tone: BadgeTone }>> = {
  sourced: { text: 'Sourced', tone: 'success' },
  conflicting: { text: 'Sources disagree', tone: 'warning' },
  'practitioner-defined': { text: 'Set by practitioner', tone: 'neutral' },
};

/** A certainty in plain words, e.g. "Sources disagree" (REFERENCE §9). */
export function certaintyText(certainty: Certainty): string {
  return labels[certainty].text;
}

/** How well a rule is supported, in plain words (never colour alone). */
export function CertaintyBadge({ certainty }: { readonly certainty: Certainty }) {
  const { text, tone } = labels[certainty];
  return <Badge tone={tone}>{text}</Badge>;
}
