import type { ProtocolPack } from './protocol-pack';

const recheckI = ['heel_tension', 'dollar_sign', 'crest_sign'];
const recheckII = [
  'arm_fossa',
  'inguinal_tenderness',
  'knee_sensitivity',
  'scalene_sensitivity',
  'first_rib_tubercle_pain',
];
const endpointIII =
  'Keep the patient on the blocks while the sciatic pain points (gluteal, mid-calf, sciatic notch) diminish; stop and refer if pain spreads down the leg or neurological signs appear.';

/**
 * The default blocking placement per category. Category III has no public placement, so the default
 * is "set by practitioner" (`placement: 'practitioner'`, no blocks).
 *
 * Source: REFERENCE §4; SOURCES-BLOCKING §1, §7 (certainty per cell as given there).
 *
 * @example
 * defaultPlacements.II.position; // 'supine'
 */
export const defaultPlacements: ProtocolPack['placements'] = {
  I: {
    position: 'prone',
    placement: 'pack',
    blocks: [
      {
        order: 1,
        side: 'category',
        landmark: 'trochanter',
        direction: 'under the greater trochanter/acetabulum, angled about 45° (angle practitioner-defined)',
        certainty: 'sourced',
        sources: ['soto-abstract-2002', 'yamatubaki'],
      },
      {
        order: 2,
        side: 'opposite',
        landmark: 'iliac_crest',
        direction: 'under the iliac crest/ASIS',
        certainty: 'sourced',
        sources: ['soto-abstract-2002'],
      },
    ],
    recheck: recheckI,
    endpoint:
      'Remove the blocks when the Achilles heel tension and the gluteal/sacrospinalis asymmetry (dollar and crest signs) clear.',
    certainty: 'sourced',
    sources: ['sources-1', 'blum-short-legs'],
  },
  II: {
    position: 'supine',
    placement: 'pack',
    blocks: [
      {
        order: 1,
        side: 'category',
        landmark: 'iliac_crest',
        direction: 'under the ilium/iliac crest, pointing footward',
        certainty: 'conflicting',
        sources: ['ak-pelvic-categories', 'yamatubaki'],
      },
      {
        order: 2,
        side: 'opposite',
        landmark: 'trochanter',
        direction: 'under the greater trochanter',
        certainty: 'conflicting',
        sources: ['ak-pelvic-categories'],
      },
    ],
    recheck: recheckII,
    endpoint:
      'Remove the blocks when the arm–fossa test and the inguinal ligament, medial/lateral knee, one-sided anterior scalene and first-rib tubercle findings clear.',
    certainty: 'sourced',
    sources: ['sources-1', 'blum-short-legs'],
  },
  III: {
    position: 'prone',
    placement: 'practitioner',
    blocks: [],
    recheck: ['sciatic_pain_points'],
    endpoint: `Block placement is set by the practitioner (no public rule). ${endpointIII}`,
    certainty: 'sourced',
    sources: ['sources-1', 'blum-short-legs'],
  },
};

/**
 * Placements a clinic may adopt in its override instead of writing its own.
 *
 * Source: REFERENCE §4 (Category III preset: short-leg side trochanter, long-leg side ASIS;
 * practitioner-defined, one clinic page).
 *
 * @example
 * defaultPlacementPresets[0]?.id; // 'iii_trochanter_asis'
 */
export const defaultPlacementPresets: ProtocolPack['placementPresets'] = [
  {
    id: 'iii_trochanter_asis',
    name: 'Category III: short-leg side trochanter, long-leg side ASIS',
    category: 'III',
    placement: {
      position: 'prone',
      placement: 'pack',
      blocks: [
        {
          order: 1,
          side: 'short_leg',
          landmark: 'trochanter',
          direction: 'under the greater trochanter, angled about 45°',
          certainty: 'practitioner-defined',
          sources: ['yamatubaki'],
        },
        {
          order: 2,
          side: 'long_leg',
          landmark: 'asis',
          direction: 'under the ASIS',
          certainty: 'practitioner-defined',
          sources: ['yamatubaki'],
        },
      ],
      recheck: ['sciatic_pain_points'],
      endpoint: endpointIII,
      certainty: 'practitioner-defined',
      sources: ['yamatubaki', 'blum-short-legs'],
    },
  },
];

/**
 * Timing and breathing while on the blocks: re-check about every minute, at most 10 minutes.
 *
 * Source: REFERENCE §4 (defaults 60 s and 10 min, practitioner-defined; reported dwell 30 s to 15 min).
 *
 * @example
 * defaultBlocking.recheckSeconds; // 60
 */
export const defaultBlocking: ProtocolPack['blocking'] = {
  recheckSeconds: 60,
  maxMinutes: 10,
  breathing: 'Slow, full breaths while on the blocks.',
  certainty: 'practitioner-defined',
  sources: ['yamatubaki', 'dwell-times'],
};
