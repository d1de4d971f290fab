import { VisitRecordSchema, codingInputOf, type VisitRecord } from '@sotchart/contract';
import { m99ByRegion, suggestCoding, type Segment } from '@sotchart/engine';
import type { DemoCategory } from './demo-findings';

type Letter = 'P' | 'A' | 'R' | 'T';

/** Adjusted segments and their PART letters by category: what a typical SOT visit records. */
const adjusted: Record<DemoCategory, { segment: Segment; technique: string; letters: Letter[] }[]> = {
  I: [
    { segment: 'C1', technique: 'SOT occipital fibre adjustment', letters: ['P', 'A', 'R'] },
    { segment: 'IL', technique: 'SOT Category I blocking', letters: ['A', 'T'] },
  ],
  II: [
    { segment: 'SA', technique: 'Category II sacroiliac blocking', letters: ['P', 'A'] },
    { segment: 'IL', technique: 'SOT Category II blocking', letters: ['A', 'R'] },
    { segment: 'T4', technique: 'Activator / Impulse', letters: ['R', 'T'] },
  ],
  III: [
    { segment: 'L5', technique: 'Category III blocking with disc support', letters: ['P', 'R', 'T'] },
    { segment: 'IL', technique: 'SOT Category III blocking', letters: ['P', 'A'] },
  ],
};

/**
 * The treatment of a demo visit of `category` and its PART letters: hand adjustments, blocking as
 * planned, CMRT and an Impulse thrust at T4 in Category II, temporal work in Category I, and the ankle
 * of the sciatic side in Category III (extremity work, so that visit also codes 98943).
 */
export function demoTreatment(
  category: DemoCategory,
  blocks: VisitRecord['treatment']['blocks'],
  side: 'L' | 'R',
): Pick<VisitRecord, 'treatment' | 'part'> {
  const segments = adjusted[category];
  return {
    treatment: {
      blocks,
      adjustments: segments.map(({ segment, technique }) => ({ segment, technique })),
      cmrt: category === 'II' ? [{ level: 'T5' }] : [],
      cranial: category === 'I' ? [{ structure: 'temporal', breathPhase: 'inspiration' }] : [],
      extremity: category === 'III' ? [{ joint: 'ankle', side, direction: 'mortise glide' }] : [],
      muscleTests: [],
      sittingDisc: [],
      instrument: category === 'II' ? [{ device: 'Impulse', force: 2, thrust: 'single', segment: 'T4' }] : [],
    },
    part: segments.map(({ segment, letters }) => ({ segment, letters })),
  };
}

/**
 * The M99.0x codes of every region a course of demo visits treats, found the way a visit's own
 * suggestion finds them, so the episode's diagnoses agree with what its visits code: the first
 * category's regions first, and the extraspinal ones (M99.06–M99.09) last.
 */
export function treatedRegionCodes(course: readonly DemoCategory[]): { code: string; region: string }[] {
  const codes = new Map<string, string>();
  for (const category of new Set(course)) {
    // Blocking treats IL, which every category adjusts anyway, so the blocks do not change the regions.
    const record = VisitRecordSchema.parse(demoTreatment(category, [], 'L'));
    const input = codingInputOf(record, 'active', false);
    const suggestion = input === null ? null : suggestCoding(input);
    if (suggestion?.ok === true)
      for (const d of suggestion.value.diagnoses) codes.set(d.code, d.region.replace('_', ' '));
  }
  const spinal = new Set<string>(
    Object.values(m99ByRegion).flatMap((r) => (r.primaryForSpinalCmt ? [r.code] : [])),
  );
  const extraspinal = (code: string) => Number(!spinal.has(code));
  return [...codes]
    .map(([code, region]) => ({ code, region }))
    .sort((a, b) => extraspinal(a.code) - extraspinal(b.code));
}
