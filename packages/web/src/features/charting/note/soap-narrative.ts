import {
  dateInZone,
  soapNarrative as writeNarrative,
  type Episode,
  type NarrativeWords,
  type Soap,
} from '@sotchart/contract';
import type { EngineResult } from '@sotchart/engine';
import { i18n } from '../../../i18n/translation';
import { formatCalendarDate } from '../../../ui/date-format';
import { certaintyText } from '../../protocol/certainty-badge';
import type { VisitDraft } from '../draft/visit-draft';
import { referralStatus, urgencyWords } from '../screen/referral-text';

export type { Soap };

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
 * The SOAP narrative written from the structured record with the screen's words; the practitioner
 * edits it freely after. The writing itself is shared with the visit-note PDF.
 */
export function soapNarrative({ draft, engine, name, timeZone, plan, visitAt }: NarrativeInput): Soap {
  const words: NarrativeWords = {
    name,
    certainty: (c) => certaintyText(c).toLowerCase(),
    day: formatCalendarDate,
    urgency: (u) => `${urgencyWords[u].label.toLowerCase()}, ${urgencyWords[u].when}`,
    referral: referralStatus(draft.record.referral, timeZone),
    // The screen writes in the app's language (the `narrative` catalogue, loaded by the note section).
    text: (key, values) => i18n.t(key, { ns: 'narrative', ...values }),
    language: i18n.language,
  };
  return writeNarrative({ visit: draft, engine, plan, visitDay: dateInZone(visitAt, timeZone), words });
}
