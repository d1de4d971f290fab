import type { CodeSystem, CodeSystemConcept } from '@medplum/fhirtypes';
import { contraindications, defaultPack, redFlags, segments, type Segment } from '@sotchart/engine';
import { systems } from './fhir-systems';

/** Version of the SOT CodeSystem; bump it when a concept is added (codes are never removed or reused). */
export const sotCodeSystemVersion = '1.0.0';

interface ConceptGroup {
  readonly code: string;
  readonly display: string;
  readonly definition: string;
  readonly concepts: readonly { code: string; display: string; definition?: string }[];
}

const segmentNames: Record<string, string> = {
  OC: 'Occiput',
  SA: 'Sacrum',
  IL: 'Ilium',
  CO: 'Coccyx',
};
const spine: Record<string, string> = { C: 'cervical', T: 'thoracic', L: 'lumbar' };

/** "Fifth lumbar vertebra (L5)", "Occiput (OC)": the display of a segment code. */
export function segmentDisplay(segment: Segment): string {
  const named = segmentNames[segment];
  if (named !== undefined) return `${named} (${segment})`;
  return `${spine[segment[0] ?? '']} vertebra ${segment.slice(1)} (${segment})`.replace(/^./, (c) =>
    c.toUpperCase(),
  );
}

/**
 * The concepts of the SOT CodeSystem in groups. The group codes are abstract parents; every leaf code
 * is unique across the whole system. Indicator codes are the catalogue ids of the default protocol
 * pack (REFERENCE §2) and the red-flag and contraindication ids (§7).
 */
export const sotConceptGroups: readonly ConceptGroup[] = [
  {
    code: 'indicator',
    display: 'SOT indicator',
    definition: 'An examination finding of the SOT indicator catalogue (REFERENCE §2); Observation.code.',
    concepts: defaultPack.indicators.map((i) => ({ code: i.id, display: i.name, definition: i.description })),
  },
  {
    code: 'screen',
    display: 'Safety screen item',
    definition: 'A red flag (refer, no plan) or relative contraindication (REFERENCE §7); Observation.code.',
    concepts: [...redFlags, ...contraindications].map((s) => ({ code: s.id, display: s.name })),
  },
  {
    code: 'finding-part',
    display: 'Part of a finding',
    definition: 'Observation.component codes carrying the parts of an SOT finding.',
    concepts: [
      { code: 'check-phase', display: 'Check phase', definition: 'pre (before procedures) or post' },
      { code: 'side', display: 'Side', definition: 'Side of the finding; for leg_check the short leg' },
      { code: 'fossa', display: 'Arm–fossa site', definition: 'upper or lower fossa' },
      { code: 'fibre-line', display: 'Occipital fibre line', definition: '1, 2 or 3' },
      { code: 'fibre-area', display: 'Occipital fibre area', definition: '1 to 7' },
      { code: 'direction', display: 'Direction', definition: 'Direction recorded with the finding' },
      { code: 'structure', display: 'Structure', definition: 'Cranial bone or suture, or TS point A/B' },
      { code: 'grade', display: 'Grade', definition: '0 to 3' },
      { code: 'positive', display: 'Positive' },
      { code: 'symptom-reproduced', display: 'Symptom reproduced' },
      { code: 'carried-forward', display: 'Carried forward and confirmed' },
    ],
  },
  {
    code: 'check-phase-value',
    display: 'Check phase value',
    definition: 'When a finding was taken.',
    concepts: [
      { code: 'phase-pre', display: 'Pre-check' },
      { code: 'phase-post', display: 'Post-check' },
    ],
  },
  {
    code: 'side-value',
    display: 'Side value without a SNOMED CT equivalent',
    definition: 'Left, right and bilateral use SNOMED CT laterality; none is this code.',
    concepts: [{ code: 'side-none', display: 'Neither side' }],
  },
  {
    code: 'fossa-value',
    display: 'Arm–fossa site value',
    definition: 'Which fossa an arm–fossa finding was taken at.',
    concepts: [
      { code: 'fossa-upper', display: 'Upper fossa (near the ASIS)' },
      { code: 'fossa-lower', display: 'Lower fossa (near the pubis)' },
    ],
  },
  {
    code: 'category-analysis',
    display: 'SOT category analysis',
    definition: 'Observation of the category a visit determined (REFERENCE §3, §9) and its parts.',
    concepts: [
      { code: 'sot-category', display: 'SOT category', definition: 'Observation.code of the analysis' },
      { code: 'category-I', display: 'Category I' },
      { code: 'category-II', display: 'Category II' },
      { code: 'category-III', display: 'Category III' },
      { code: 'category-none', display: 'No category' },
      { code: 'category-undetermined', display: 'Category undetermined' },
      { code: 'category-level', display: 'Level of the category' },
      { code: 'level-indicated', display: 'Indicated' },
      { code: 'level-supported', display: 'Supported' },
      { code: 'level-suggested', display: 'Suggested' },
      { code: 'coexisting-category', display: 'Coexisting category' },
      { code: 'treated-category', display: 'Category treated (practitioner’s choice)' },
      { code: 'referral', display: 'Red flag: referred, no plan' },
    ],
  },
  {
    code: 'segment',
    display: 'Spinal or pelvic segment',
    definition:
      'OC, C1–C7, T1–T12, L1–L5, SA, IL, CO (the X12 1367 list); bodySite of findings and procedures.',
    concepts: segments.map((s) => ({ code: s, display: segmentDisplay(s) })),
  },
  {
    code: 'region',
    display: 'Body region',
    definition: 'The ICD-10-CM M99.0x regions; bodySite of a diagnosis.',
    concepts: [
      'head',
      'cervical',
      'thoracic',
      'lumbar',
      'sacral',
      'pelvic',
      'lower_extremity',
      'upper_extremity',
      'rib_cage',
      'abdomen',
    ].map((r) => ({
      code: `region-${r}`,
      display: r.replace('_', ' ').replace(/^./, (c) => c.toUpperCase()),
    })),
  },
  {
    code: 'procedure',
    display: 'SOT procedure',
    definition: 'Procedure.code of the treatment recorded at a visit (REFERENCE §4–§6).',
    concepts: [
      { code: 'blocking', display: 'SOT pelvic blocking' },
      { code: 'adjustment', display: 'Spinal or pelvic adjustment' },
      { code: 'cmrt', display: 'Chiropractic manipulative reflex technique (CMRT)' },
      { code: 'cranial', display: 'SOT cranial adjustment' },
      { code: 'extremity-adjustment', display: 'Extremity adjustment' },
      { code: 'instrument-adjustment', display: 'Instrument adjustment' },
      { code: 'sitting-disc', display: 'Sitting Disc Technique' },
      { code: 'muscle-test', display: 'Muscle test (practitioner observation)' },
      { code: 'prior-surgery', display: 'Surgery in the patient’s history' },
    ],
  },
  {
    code: 'landmark',
    display: 'Block landmark',
    definition: 'Where a block was placed (REFERENCE §4).',
    concepts: [
      { code: 'landmark-trochanter', display: 'Greater trochanter' },
      { code: 'landmark-acetabulum', display: 'Acetabulum' },
      { code: 'landmark-asis', display: 'Anterior superior iliac spine' },
      { code: 'landmark-iliac_crest', display: 'Iliac crest' },
    ],
  },
  {
    code: 'visit-type',
    display: 'Visit type',
    definition: 'Encounter.type.',
    concepts: [
      { code: 'visit-new_patient', display: 'New patient visit' },
      { code: 'visit-follow_up', display: 'Follow-up visit' },
      { code: 'visit-re_exam', display: 'Re-examination' },
    ],
  },
  {
    code: 'episode',
    display: 'Episode of care',
    definition: 'EpisodeOfCare.type (care phase, onset) and CarePlan activities.',
    concepts: [
      { code: 'care-active', display: 'Active (corrective) care', definition: 'drives the AT modifier' },
      { code: 'care-maintenance', display: 'Maintenance care', definition: 'drives GA with an ABN' },
      { code: 'onset-acute', display: 'Acute onset' },
      { code: 'onset-subacute', display: 'Subacute onset' },
      { code: 'onset-chronic', display: 'Chronic onset' },
      { code: 'care-visit', display: 'SOT care visit' },
      { code: 're-exam', display: 'Re-examination' },
    ],
  },
  {
    code: 'outcome',
    display: 'Outcome questionnaire score',
    definition: 'Observation.code of a questionnaire score where no LOINC code is used.',
    concepts: [
      { code: 'score-odi', display: 'Oswestry Disability Index score' },
      { code: 'score-ndi', display: 'Neck Disability Index score' },
      { code: 'score-nprs', display: 'Numeric pain rating score' },
      { code: 'score-psfs', display: 'Patient-Specific Functional Scale mean score' },
      { code: 'score-bournemouth_back', display: 'Bournemouth Questionnaire (back) score' },
      { code: 'score-bournemouth_neck', display: 'Bournemouth Questionnaire (neck) score' },
    ],
  },
];

const leafCodes = new Map<string, string>();
const groupCodes = new Set(sotConceptGroups.map((g) => g.code));
for (const group of sotConceptGroups)
  for (const c of group.concepts) {
    if (groupCodes.has(c.code)) throw new Error(`SOT code ${c.code} is also a group code`);
    if (leafCodes.has(c.code)) throw new Error(`SOT code ${c.code} is defined twice`);
    leafCodes.set(c.code, c.display);
  }

/** True when `code` is a concept of the SOT CodeSystem. */
export function isSotCode(code: string): boolean {
  return leafCodes.has(code);
}

/** A Coding in the SOT CodeSystem; throws for a code the system does not define (a bug). */
export function sotCoding(code: string): { system: string; code: string; display: string } {
  const display = leafCodes.get(code);
  if (display === undefined) throw new Error(`${code} is not a code of the SOT CodeSystem`);
  return { system: systems.sot, code, display };
}

/** The SOT CodeSystem resource, as published in docs/samples/sot-codesystem.json. */
export function sotCodeSystem(): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id: 'sot',
    url: systems.sot,
    version: sotCodeSystemVersion,
    name: 'SotChartConcepts',
    title: 'SOT Chart concepts',
    status: 'active',
    experimental: false,
    publisher: 'SOT Chart project',
    description:
      'Concepts of Sacro-Occipital Technique charting with no standard code: SOT indicators and safety screen items, the parts of a finding, categories, segments, regions, SOT procedures, block landmarks, visit types and care phases. Standard codes (ICD-10-CM, CPT numbers, LOINC, SNOMED CT laterality, UCUM) are used wherever they exist.',
    caseSensitive: true,
    hierarchyMeaning: 'grouped-by',
    content: 'complete',
    count: leafCodes.size + sotConceptGroups.length,
    concept: sotConceptGroups.map((g): CodeSystemConcept => ({
      code: g.code,
      display: g.display,
      definition: g.definition,
      concept: g.concepts.map((c) => ({
        code: c.code,
        display: c.display,
        ...(c.definition === undefined ? {} : { definition: c.definition }),
      })),
    })),
  };
}
