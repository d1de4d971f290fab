import { contraindications } from '../safety/contraindications';
import { redFlags, referralMessages } from '../safety/red-flags';
import { defaultCmrt } from './default-cmrt';
import { defaultIndicators } from './default-indicators';
import { defaultBlocking, defaultPlacementPresets, defaultPlacements } from './default-placements';
import { defaultCategories, defaultPriorityPresets, defaultRules } from './default-rules';
import { defaultSources } from './default-sources';
import type { ProtocolPack } from './protocol-pack';

/**
 * The evidence note every analysis carries.
 *
 * Source: REFERENCE §3 (Hestbæk & Leboeuf-Yde 2000; Triano 2013; SOURCES §5.1).
 *
 * @example
 * evidenceNote.includes('not a diagnosis'); // true
 */
export const evidenceNote =
  'SOT indicators are practitioner findings with limited published reliability (Hestbæk & Leboeuf-Yde 2000; Triano 2013). This analysis supports clinical judgement; it is not a diagnosis.';

/**
 * The default protocol pack `sot-standard@1.1.0`: every table of REFERENCE as data, each rule with
 * its source ids and certainty. A clinic changes it only through an override (see {@link mergePack}).
 *
 * Source: REFERENCE §2–§7.
 *
 * @example
 * defaultPack.packRef; // 'sot-standard@1.1.0'
 */
export const defaultPack: ProtocolPack = {
  id: 'sot-standard',
  version: '1.1.0',
  packRef: 'sot-standard@1.1.0',
  name: 'SOT standard (public sources)',
  indicators: defaultIndicators,
  disabledIndicators: [],
  categories: defaultCategories,
  priority: 'iii_ii_i',
  priorityPresets: defaultPriorityPresets,
  rules: defaultRules,
  placements: defaultPlacements,
  placementPresets: defaultPlacementPresets,
  blocking: defaultBlocking,
  cmrt: defaultCmrt,
  cranialStructures: [
    'frontal',
    'parietal',
    'occipital',
    'temporal',
    'sphenoid',
    'ethmoid',
    'vomer',
    'maxilla',
    'zygomatic',
    'nasal',
    'lacrimal',
    'palatine',
    'mandible',
    'sphenobasilar',
    'sagittal_suture',
    'coronal_suture',
    'lambdoid_suture',
    'squamous_suture',
    'occipitomastoid_suture',
    'frontozygomatic_suture',
    'zygomaticomaxillary_suture',
  ],
  redFlags: redFlags.map((r) => ({ ...r, sources: ['sources-5.3'] })),
  contraindications: contraindications.map((c) => ({ ...c, sources: ['sources-5.3'] })),
  referralMessages,
  verification: { legCheckMm: 2, certainty: 'practitioner-defined', sources: ['sources-2'] },
  evidenceNote: { text: evidenceNote, sources: ['sources-5.1'] },
  sources: defaultSources,
};
