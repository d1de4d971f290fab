import { soapNarrative, type Soap } from '@sotchart/contract';
import { dateInZone } from '../../services/clinic-date';
import type { DocumentLanguage } from '../document-language';
import { certaintyWords } from './certainty-wording';
import { referralStatus, urgencyLine } from './referral-wording';
import { nameIn, type VisitNoteSnapshot } from './visit-note-snapshot';

const sections = ['subjective', 'objective', 'assessment', 'plan'] as const;

/**
 * The note's S, O, A and P, each once: the practitioner's narrative where they wrote or edited it
 * (it is what they signed), else the same narrative the charting screen writes from the record, with
 * the note's words for names, certainties, days, urgencies and the referral, and its sentences from the
 * `narrative` catalogue in the note's language.
 */
export function noteNarrative(s: VisitNoteSnapshot, dl: DocumentLanguage): Soap {
  const { visit } = s;
  const written = soapNarrative({
    visit,
    engine: visit.engine,
    plan: s.episode?.plan ?? null,
    visitDay: dateInZone(visit.visitAt, s.clinic.timeZone),
    words: {
      name: (id) => nameIn(s, id),
      certainty: (c) => certaintyWords(c, dl),
      day: (iso) => dl.date(iso),
      urgency: (u) => urgencyLine(u, dl),
      referral: referralStatus(visit.record.referral, s.clinic.timeZone, dl),
      text: (key, values) => dl.narrative(key, { ...values }),
      language: dl.language,
    },
  });
  const own = visit.record.soap;
  return Object.fromEntries(
    sections.map((key) => [key, own[key].trim() === '' ? written[key] : own[key].trim()]),
  ) as Soap;
}
