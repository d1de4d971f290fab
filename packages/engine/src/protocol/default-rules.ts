import type { ProtocolPack } from './protocol-pack';

/**
 * Every rule of the default pack with its certainty and sources. The analysis names the rule that
 * decided its result; the UI shows the certainty beside it.
 *
 * Source: REFERENCE §3 (category rules, priority), §4 (blocking), §5 (CMRT), §6 (heel lift),
 * §7 (red flags, contraindications), §9 (change rules).
 *
 * @example
 * defaultRules.find((r) => r.id === 'priority_iii_ii_i')?.certainty; // 'practitioner-defined'
 */
export const defaultRules: ProtocolPack['rules'] = [
  {
    id: 'red_flag_referral',
    summary: 'A positive red-flag answer stops the visit: refer, no SOT procedure and no blocking plan.',
    certainty: 'sourced',
    sources: ['sources-5.3'],
  },
  {
    id: 'contraindication_override',
    summary:
      'A positive relative contraindication returns the plan with its warning; the plan needs an override reason before the visit can be signed.',
    certainty: 'practitioner-defined',
    sources: ['sources-5.3'],
  },
  {
    id: 'category_I',
    summary:
      'Category I is indicated by positive heel tension and supported by a positive dollar sign, crest sign, locked pelvis, first-rib fixation, sacral base or line-1 occipital fibres. Side: the leg-check short leg, else the heel-tension side.',
    certainty: 'sourced',
    sources: ['sources-2', 'blum-short-legs', 'sources-1.5'],
  },
  {
    id: 'category_II',
    summary:
      'Category II is indicated by a positive arm–fossa test and supported by inguinal tenderness, knee or scalene sensitivity, a painful first-rib tubercle, pelvic sway or a positive compaction test. Side: the positive arm–fossa side.',
    certainty: 'sourced',
    sources: ['sources-2', 'sources-1.5', 'blum-short-legs'],
  },
  {
    id: 'category_III',
    summary:
      'Category III is indicated by a straight-leg raise that reproduces the symptom or by sciatic pain points (grade 1 or more) and supported by antalgic posture, psoas, piriformis or a cervical stairstep. Side: the side of the positive SLR or sciatic pain points.',
    certainty: 'sourced',
    sources: ['sources-2', 'blum-short-legs', 'sources-1.5'],
  },
  {
    id: 'category_suggested',
    summary:
      'A category with no positive primary indicator but two or more positive supporting indicators is suggested: its plan is tentative and its primary test comes first in "examine next".',
    certainty: 'practitioner-defined',
    sources: ['sources-2'],
  },
  {
    id: 'category_bilateral_side',
    summary:
      'A category positive on both sides is bilateral; its blocking plan takes the sides from leg_check (category side = short-leg side) and lists leg_check as missing when it is absent.',
    certainty: 'practitioner-defined',
    sources: ['soto-abstract-2002'],
  },
  {
    id: 'category_none',
    summary: 'No category: every primary indicator was examined and is negative, and nothing is suggested.',
    certainty: 'practitioner-defined',
    sources: ['sources-1.5'],
  },
  {
    id: 'category_undetermined',
    summary: 'Undetermined: nothing is indicated or suggested and some primary indicator was not examined.',
    certainty: 'practitioner-defined',
    sources: ['sources-1.5'],
  },
  {
    id: 'priority_iii_ii_i',
    summary:
      'Among indicated or supported categories the primary one is III, then II, then I (the III → II → I course of care); only when none is indicated does the highest-priority suggested one lead. No public rule exists and sources disagree.',
    certainty: 'practitioner-defined',
    sources: ['sources-1.5', 'tsukuba-order'],
  },
  {
    id: 'priority_ii_first',
    summary:
      '"II first" preset: II, then I, then III, after a seminar note that treats Category II (or I) first even when III is suspected.',
    certainty: 'practitioner-defined',
    sources: ['yamatubaki'],
  },
  {
    id: 'blocking_recheck',
    summary:
      'Re-check the blocking indicators about every minute and remove the blocks when they clear, within a maximum time on the blocks; breathe slowly and fully on the blocks.',
    certainty: 'practitioner-defined',
    sources: ['yamatubaki', 'dwell-times', 'blum-short-legs'],
  },
  {
    id: 'heel_lift',
    summary:
      'Heel lifts only for a measured anatomical short leg that is symptomatic, or after a leg fracture, starting at half the difference and raised only if SOT indicators improve; never for a functional short leg.',
    certainty: 'sourced',
    sources: ['blum-short-legs'],
  },
  {
    id: 'cmrt_lines',
    summary:
      'Occipital fibres: line 1 meningeal/dural (spinous tip, superior/inferior listing), line 2 reflex/visceral, the CMRT line (transverse process, rotation), line 3 structural (lamina, lateral flexion).',
    certainty: 'sourced',
    sources: ['sources-3.2'],
  },
  {
    id: 'cmrt_area_map',
    summary:
      'The occipital area → vertebra chart is not public: the default pack maps no area; the practitioner records the level found, or the clinic supplies its own map.',
    certainty: 'practitioner-defined',
    sources: ['sources-3.2'],
  },
  {
    id: 'cmrt_viscera',
    summary:
      "Vertebra → viscera associations are SOT's claims from a single public source (T5, T7 corroborated), shown as such, never as anatomy or diagnosis.",
    certainty: 'conflicting',
    sources: ['sources-3.3'],
  },
  {
    id: 'verification_change',
    summary:
      'Pre/post change per side (bilateral and none read as both sides): positive → not positive = cleared; not positive → positive = worse; a lower grade = improved, a higher grade = worse; SLR still reproduced at 10° or more higher = improved, lower = worse; leg check: even again = cleared, the other leg short = side changed, the same side shorter or longer by the pack threshold (default 2 mm) = improved or worse; no post = not rechecked; no pre = new.',
    certainty: 'practitioner-defined',
    sources: ['sources-4.1'],
  },
  {
    id: 'evidence_note',
    summary: 'Every analysis carries the evidence note: SOT indicators have limited published reliability.',
    certainty: 'sourced',
    sources: ['sources-5.1'],
  },
];

/**
 * The category definitions: how each category's side is found (ordered groups of indicators; the
 * first group that yields a side wins, sides within a group are combined) and its rule.
 *
 * Source: REFERENCE §3 ("Side").
 *
 * @example
 * defaultCategories[0]?.sideFrom; // [['leg_check'], ['heel_tension']]
 */
export const defaultCategories: ProtocolPack['categories'] = [
  { id: 'I', name: 'Category I', sideFrom: [['leg_check'], ['heel_tension']], ruleId: 'category_I' },
  { id: 'II', name: 'Category II', sideFrom: [['arm_fossa']], ruleId: 'category_II' },
  { id: 'III', name: 'Category III', sideFrom: [['slr', 'sciatic_pain_points']], ruleId: 'category_III' },
];

/**
 * The priority presets: III → II → I by default, and "II first".
 *
 * Source: REFERENCE §3; SOURCES-BLOCKING §2, §7.
 *
 * @example
 * defaultPriorityPresets[1]?.order; // ['II', 'I', 'III']
 */
export const defaultPriorityPresets: ProtocolPack['priorityPresets'] = [
  { id: 'iii_ii_i', name: 'III, then II, then I', order: ['III', 'II', 'I'], ruleId: 'priority_iii_ii_i' },
  { id: 'ii_first', name: 'II first', order: ['II', 'I', 'III'], ruleId: 'priority_ii_first' },
];
