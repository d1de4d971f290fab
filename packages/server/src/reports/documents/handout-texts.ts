import type { CategoryId } from '@sotchart/engine';

/**
 * The patient handout's wording, as keys of the `handout` catalogue: plain language, short sentences,
 * no claims the evidence does not support, in the patient's language. Sources: shared/sot/SOURCES.md
 * §1 (categories as SOT describes them), §5 (evidence).
 */
export const handoutTexts = {
  whatIsSot: ['whatIsSot.blocks', 'whatIsSot.pelvis', 'whatIsSot.checks'],
  // A category names the pattern of today's checks that guides the treatment: never a finding about
  // the patient's body, and never a diagnosis (REFERENCE §3, evidence note).
  categories: {
    I: { title: 'category.I.title', text: 'category.I.text' },
    II: { title: 'category.II.title', text: 'category.II.text' },
    III: { title: 'category.III.title', text: 'category.III.text' },
  } as const satisfies Readonly<Record<CategoryId, { readonly title: string; readonly text: string }>>,
  noCategory: 'category.none',
  referral: 'referral',
  afterCare: ['afterCare.soreness', 'afterCare.keepMoving'],
  evidence: ['evidence.research', 'evidence.meaning'],
} as const;
