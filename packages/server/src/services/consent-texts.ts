import type { ConsentText } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { clinicTranslator } from '../i18n/clinic-translator';

type ConsentType = ConsentText['type'];

/**
 * The wording a patient reads and signs on the kiosk, by consent type, in the `consents` catalogue:
 * plain language, stating what is done, its common and rare risks, and that consent can be withdrawn.
 * A clinic should have its own wording reviewed for its jurisdiction (its approved wording replaces
 * the catalogue's); the text signed is stored with each signature, in the language it was shown in.
 */
const consentKeys = {
  treatment: {
    title: 'text.treatment.title',
    paragraphs: ['text.treatment.p1', 'text.treatment.p2', 'text.treatment.p3'],
  },
  sot_blocking: {
    title: 'text.sotBlocking.title',
    paragraphs: ['text.sotBlocking.p1', 'text.sotBlocking.p2', 'text.sotBlocking.p3'],
  },
  cranial: {
    title: 'text.cranial.title',
    paragraphs: ['text.cranial.p1', 'text.cranial.p2', 'text.cranial.p3'],
  },
  imaging: { title: 'text.imaging.title', paragraphs: ['text.imaging.p1', 'text.imaging.p2'] },
  privacy: { title: 'text.privacy.title', paragraphs: ['text.privacy.p1', 'text.privacy.p2'] },
  research: { title: 'text.research.title', paragraphs: ['text.research.p1', 'text.research.p2'] },
  insurance_billing: {
    title: 'text.insuranceBilling.title',
    paragraphs: ['text.insuranceBilling.p1', 'text.insuranceBilling.p2', 'text.insuranceBilling.p3'],
  },
  other: { title: 'text.other.title', paragraphs: ['text.other.p1'] },
} as const satisfies Record<ConsentType, { readonly title: string; readonly paragraphs: readonly string[] }>;

/**
 * The consent texts of a clinic in one language (the patient's, else the clinic's): each type's
 * wording with its type, the clinic's own approved wording where it has one.
 */
export async function consentTexts(
  db: Kysely<Database>,
  clinicId: string,
  language: string,
): Promise<(type: ConsentType) => ConsentText> {
  const t = await clinicTranslator(db, clinicId, language, 'consents');
  return (type) => {
    const keys = consentKeys[type];
    return { type, title: t(keys.title), paragraphs: keys.paragraphs.map((key) => t(key)) };
  };
}
