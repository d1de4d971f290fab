import {
  dateInZone,
  soapNarrative as writeNarrative,
  type Episode,
  type NarrativeWords,
  type Soap,
} from '@sotchart/contract';
import type { EngineResult } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';
import { formatLocale } from '../../../i18n/format-locale';
import { i18n } from '../../../i18n/translation';
import { formatCalendarDate } from '../../../ui/date-format';
import { certaintyText } from '../../protocol/certainty-badge';
import type { VisitDraft } from '../draft/visit-draft';
import { referralStatus, urgencyText } from '../screen/referral-text';

export type { Soap };

/** The namespaces a narrative is written from, in the note's language. */
export const narrativeNamespaces = ['narrative', 'protocol', 'charting'] as const;

/** The language a note is written in, and its messages (loaded: see {@link narrativeNamespaces}). */
export interface NoteWords {
  readonly language: string;
  readonly narrative: TFunction<'narrative'>;
  readonly protocol: TFunction<'protocol'>;
  readonly charting: TFunction<'charting'>;
}

/** A note's words in a language whose {@link narrativeNamespaces} catalogues have arrived. */
export function noteWords(language: string): NoteWords {
  return {
    language,
    narrative: i18n.getFixedT(language, 'narrative'),
    protocol: i18n.getFixedT(language, 'protocol'),
    charting: i18n.getFixedT(language, 'charting'),
  };
}

export interface NarrativeInput {
  readonly draft: VisitDraft;
  readonly engine: EngineResult;
  readonly name: (id: string) => string;
  /** The clinic's time zone, for the time of a recorded referral. */
  readonly timeZone: string;
  /** The episode's plan of care, for the next visit and the re-examination; null without an episode. */
  readonly plan: Episode['plan'] | null;
  /** When the visit took place, so a re-examination date already past reads as overdue. */
  readonly visitAt: string;
}

/**
 * The SOAP narrative written from the structured record in the note's language (the clinical record's,
 * whatever language the screen is in); the practitioner edits it freely after. The writing itself is
 * shared with the visit-note PDF.
 */
export function soapNarrative(
  { draft, engine, name, timeZone, plan, visitAt }: NarrativeInput,
  { language, narrative, protocol, charting }: NoteWords,
): Soap {
  const locale = formatLocale(language);
  const words: NarrativeWords = {
    name,
    certainty: (c) => certaintyText(c, protocol).toLowerCase(),
    day: (date) => formatCalendarDate(date, locale),
    urgency: (u) => {
      const { label, when } = urgencyText(u, charting);
      return `${label.toLowerCase()}, ${when}`;
    },
    referral: referralStatus(draft.record.referral, timeZone, charting, locale),
    text: (key, values) => narrative(key, { ...values }),
    language,
  };
  return writeNarrative({ visit: draft, engine, plan, visitDay: dateInZone(visitAt, timeZone), words });
}
