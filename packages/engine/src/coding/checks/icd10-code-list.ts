/**
 * One ICD-10-CM code of SOT Chart's chiropractic list: the code, a short description in our own words,
 * and the fiscal years (1 October – 30 September, named by the year they end in) in which it is a
 * billable code. ICD-10-CM took effect for services from 1 October 2015, i.e. fiscal year 2016.
 *
 * Source: ICD-10-CM code set by fiscal year (CMS ICD-10-CM files); clinical-notes §1.6.
 *
 * @example
 * const entry: Icd10Entry = { code: 'M54.5', description: 'Low back pain', lastFiscalYear: 2021 };
 */
export interface Icd10Entry {
  readonly code: string;
  readonly description: string;
  /** First fiscal year billable; absent = since ICD-10-CM began (FY2016). */
  readonly firstFiscalYear?: number;
  /** Last fiscal year billable; absent = still billable. */
  readonly lastFiscalYear?: number;
}

const bySide = (stem: string, joint: string, extra: Partial<Icd10Entry> = {}): Icd10Entry[] => [
  { code: `${stem}1`, description: `Pain in right ${joint}`, ...extra },
  { code: `${stem}2`, description: `Pain in left ${joint}`, ...extra },
  { code: `${stem}9`, description: `Pain in ${joint}, side not stated`, ...extra },
];

// Spinal sites by the 5th/6th character ICD-10-CM uses across M47, M53, M54.1.
const spinalSites: readonly [string, string][] = [
  ['1', 'occiput to C2'],
  ['2', 'cervical'],
  ['3', 'cervicothoracic'],
  ['4', 'thoracic'],
  ['5', 'thoracolumbar'],
  ['6', 'lumbar'],
  ['7', 'lumbosacral'],
  ['8', 'sacral and sacrococcygeal'],
];

// The 6th character of M51.36x / M51.37x (from FY2025): which pain goes with the disc degeneration.
const discPain: readonly [string, string][] = [
  ['0', 'with disc-related back pain only'],
  ['1', 'with leg pain only'],
  ['2', 'with disc-related back pain and leg pain'],
  ['9', 'without mention of back or leg pain'],
];

const m99Regions = [
  'head',
  'cervical',
  'thoracic',
  'lumbar',
  'sacral',
  'pelvic',
  'lower extremity',
  'upper extremity',
  'rib cage',
  'abdomen and other',
];

/**
 * The ICD-10-CM codes chiropractors commonly bill, each with its billable fiscal years: M99.00–M99.09,
 * back and neck pain (M54.5 until FY2021, then M54.50/M54.51/M54.59), radiculopathy and sciatica,
 * dorsopathies (M53), spondylosis (M47.81x), disc disorders (M51, with the FY2025 split of M51.36/M51.37),
 * muscle spasm and myalgia (M79.1 until FY2022, then M79.10–M79.18), joint pain by side (M25.5xx),
 * sprains and strains (initial encounter) and headaches. A clinic may add codes of its own.
 *
 * Source: ICD-10-CM code set by fiscal year (CMS ICD-10-CM files, FY2016–FY2026); clinical-notes §1.6.
 *
 * @example
 * icd10CodeList.find((e) => e.code === 'M54.50')?.firstFiscalYear; // 2022
 */
export const icd10CodeList: readonly Icd10Entry[] = [
  ...m99Regions.map((region, i) => ({
    code: `M99.0${i}`,
    description: `Segmental and somatic dysfunction, ${region} region`,
  })),
  { code: 'M54.2', description: 'Neck pain' },
  { code: 'M54.5', description: 'Low back pain', lastFiscalYear: 2021 },
  { code: 'M54.50', description: 'Low back pain, not further specified', firstFiscalYear: 2022 },
  { code: 'M54.51', description: 'Low back pain arising from the vertebrae', firstFiscalYear: 2022 },
  { code: 'M54.59', description: 'Other low back pain', firstFiscalYear: 2022 },
  { code: 'M54.6', description: 'Thoracic spine pain' },
  { code: 'M54.9', description: 'Back pain, not further specified' },
  { code: 'M54.81', description: 'Occipital nerve pain' },
  { code: 'M54.10', description: 'Nerve root irritation, site not stated' },
  ...spinalSites.map(([n, site]) => ({ code: `M54.1${n}`, description: `Nerve root irritation, ${site}` })),
  { code: 'M54.30', description: 'Sciatica, side not stated' },
  { code: 'M54.31', description: 'Sciatica, right' },
  { code: 'M54.32', description: 'Sciatica, left' },
  { code: 'M54.40', description: 'Low back pain with sciatica, side not stated' },
  { code: 'M54.41', description: 'Low back pain with sciatica, right' },
  { code: 'M54.42', description: 'Low back pain with sciatica, left' },
  { code: 'M53.0', description: 'Cervicocranial syndrome' },
  { code: 'M53.1', description: 'Cervicobrachial syndrome' },
  ...spinalSites.map(([n, site]) => ({ code: `M53.2X${n}`, description: `Spinal instability, ${site}` })),
  { code: 'M53.2X9', description: 'Spinal instability, site not stated' },
  { code: 'M53.3', description: 'Coccyx and sacrococcygeal disorder' },
  { code: 'M53.80', description: 'Other dorsopathy, site not stated' },
  ...spinalSites.map(([n, site]) => ({ code: `M53.8${n}`, description: `Other dorsopathy, ${site}` })),
  ...spinalSites.map(([n, site]) => ({
    code: `M47.81${n}`,
    description: `Spondylosis without cord or nerve root involvement, ${site}`,
  })),
  { code: 'M47.819', description: 'Spondylosis without cord or nerve root involvement, site not stated' },
  { code: 'M51.16', description: 'Lumbar disc disorder with nerve root involvement' },
  { code: 'M51.17', description: 'Lumbosacral disc disorder with nerve root involvement' },
  { code: 'M51.26', description: 'Lumbar disc displacement' },
  { code: 'M51.27', description: 'Lumbosacral disc displacement' },
  { code: 'M51.36', description: 'Lumbar disc degeneration', lastFiscalYear: 2024 },
  { code: 'M51.37', description: 'Lumbosacral disc degeneration', lastFiscalYear: 2024 },
  ...(['6', '7'] as const).flatMap((n) =>
    discPain.map(([c, words]) => ({
      code: `M51.3${n}${c}`,
      description: `${n === '6' ? 'Lumbar' : 'Lumbosacral'} disc degeneration ${words}`,
      firstFiscalYear: 2025,
    })),
  ),
  { code: 'M62.830', description: 'Spasm of back muscles' },
  { code: 'M62.838', description: 'Other muscle spasm' },
  { code: 'M79.1', description: 'Muscle pain', lastFiscalYear: 2022 },
  { code: 'M79.10', description: 'Muscle pain, site not stated', firstFiscalYear: 2023 },
  { code: 'M79.11', description: 'Muscle pain, jaw muscles', firstFiscalYear: 2023 },
  { code: 'M79.12', description: 'Muscle pain, head and neck muscles', firstFiscalYear: 2023 },
  { code: 'M79.18', description: 'Muscle pain, other site', firstFiscalYear: 2023 },
  ...bySide('M25.51', 'shoulder'),
  ...bySide('M25.52', 'elbow'),
  ...bySide('M25.55', 'hip'),
  ...bySide('M25.56', 'knee'),
  ...bySide('M25.57', 'ankle and foot'),
  { code: 'S13.4XXA', description: 'Neck ligament sprain, first encounter' },
  { code: 'S16.1XXA', description: 'Neck muscle and tendon strain, first encounter' },
  { code: 'S33.5XXA', description: 'Lumbar ligament sprain, first encounter' },
  { code: 'S39.012A', description: 'Low back muscle and tendon strain, first encounter' },
  { code: 'G44.209', description: 'Tension headache, not intractable' },
  { code: 'G44.309', description: 'Headache after injury, not intractable' },
];
