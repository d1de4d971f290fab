import type { ConsentText } from '@sotchart/contract';

type ConsentType = ConsentText['type'];

/**
 * The wording a patient reads and signs on the kiosk, by consent type: plain language, stating what
 * is done, its common and rare risks, and that consent can be withdrawn. A clinic should have its
 * own wording reviewed for its jurisdiction; the text signed is stored with each signature.
 */
export const consentTexts: Readonly<Record<ConsentType, Omit<ConsentText, 'type'>>> = {
  treatment: {
    title: 'Consent to chiropractic examination and care',
    paragraphs: [
      'I ask the practitioners of this clinic to examine me and, if suitable, to provide chiropractic care, which may include hands-on adjustments, padded wedges (blocks) under the pelvis, gentle pressure to soft tissues and the skull, stretches and advice for home.',
      'Common effects are mild soreness, stiffness or tiredness for a day or two. Rare but serious complications of spinal manipulation have been reported, including injury to a disc, a rib or an artery of the neck. My practitioner has explained what they plan to do and the alternatives, including no treatment.',
      'I may ask questions at any time, refuse any part of the care, and withdraw this consent at any time.',
    ],
  },
  sot_blocking: {
    title: 'Consent to Sacro-Occipital Technique (SOT) blocking',
    paragraphs: [
      'In SOT care I lie face down or face up while padded wedges (blocks) are placed under my pelvis for a few minutes, letting my own body weight and breathing move the pelvis gently. The practitioner checks how my body responds before and after.',
      'It may feel a little uncomfortable while the blocks are in place; tell the practitioner and they will adjust or remove them. Soreness afterwards is usually mild and brief.',
      'I may stop the blocking at any time and withdraw this consent at any time.',
    ],
  },
  cranial: {
    title: 'Consent to cranial care',
    paragraphs: [
      'Cranial care uses light, sustained hand pressure on the skull and jaw, timed with my breathing.',
      'Some people feel light-headed, tired or have a brief headache afterwards. I will tell the practitioner about any head injury, recent dental work or jaw problem.',
      'I may stop at any time and withdraw this consent at any time.',
    ],
  },
  imaging: {
    title: 'Consent to imaging',
    paragraphs: [
      'My practitioner may request X-rays or other imaging when the examination suggests they are needed. X-rays use a small dose of radiation.',
      'I will tell the clinic if I am or might be pregnant before any X-ray is taken.',
    ],
  },
  privacy: {
    title: 'Privacy notice acknowledgement',
    paragraphs: [
      'I have been told how this clinic keeps my health record: who may see it, why, how long it is kept, and how I can see or correct it.',
      'Every access to my record is logged. I may ask for a copy of my record at any time.',
    ],
  },
  research: {
    title: 'Consent to use my anonymised data in research',
    paragraphs: [
      'I agree that my examination findings and questionnaire scores may be used for research after my name and other identifying details are removed.',
      'Saying no does not change my care in any way, and I may withdraw this consent at any time for future research.',
    ],
  },
  insurance_billing: {
    title: 'Insurance billing: release of information and assignment of benefits',
    paragraphs: [
      'I allow this clinic to give my insurer the information from my record that it needs to process claims for my care.',
      'I ask my insurer to pay the benefits for this care directly to the clinic. I remain responsible for any amount the insurer does not pay.',
      'I may withdraw this in writing at any time; it then applies no longer to future claims.',
    ],
  },
  other: {
    title: 'Consent',
    paragraphs: [
      'I confirm that the practitioner has explained this to me, that I have been able to ask questions, and that I agree.',
    ],
  },
};

/** The consent text of a type, with its type. */
export function consentText(type: ConsentType): ConsentText {
  return { type, ...consentTexts[type] };
}
