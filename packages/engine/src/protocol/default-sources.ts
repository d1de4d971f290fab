import type { ProtocolPack } from './protocol-pack';

/**
 * The public sources the default pack cites, by id. `sources-n` is section n of the project's
 * SOURCES.md, `blocking-n` section n of SOURCES-BLOCKING.md; the rest are single sources named in
 * REFERENCE. Wording in those notes is paraphrased; the URLs are the evidence.
 *
 * Source: SOURCES.md, SOURCES-BLOCKING.md.
 *
 * @example
 * defaultSources.find((s) => s.id === 'blum-short-legs')?.urls[0]; // 'http://icakusa.com/anatomical-short-legs-and-sot'
 */
export const defaultSources: ProtocolPack['sources'] = [
  {
    id: 'sources-1',
    title: 'SOURCES §1 The three categories: definitions, patient position (I and III prone, II supine)',
    urls: [
      'https://www.craniosomaticinstitute.com/sot-doctors-corner-sacro-occipital',
      'https://soto-72t.pages.dev/chiropractic-techniques/sot-three-category-system.html',
      'http://scchiropractors.net.au/sacro-occipital-technique.php',
      'https://www.osteopatiafoggia.it/tecnica-sacro-occipitale-s-o-t/',
    ],
  },
  {
    id: 'sources-1.5',
    title:
      'SOURCES §1.5 Determining the category: DeJarnette 1984 examination; categories coexist; III → II → I',
    urls: [
      'https://docest.com/doc/693885/1925-sixtieth-year-for-sacro-occipital-technic-1995',
      'https://www.puravidasanantonio.com/en/blog/sot-category-i-ii-iii-what-your-doctor-means',
      'https://www.drleahhelin.com/treatment-encinitas/2018/8/2/sacro-occipital-technique',
    ],
  },
  {
    id: 'sources-2',
    title: 'SOURCES §2 Indicator catalogue: primary indicators heel tension, arm–fossa, occipital fibres',
    urls: [
      'https://chiroindex.org/?articleId=28689&search_page=articles',
      'https://www.craniosomaticinstitute.com/sot-doctors-corner-sacro-occipital',
      'https://toshi-chiro.net/archives/845',
      'https://soto-72t.pages.dev/chiropractic-techniques/sot-three-category-system.html',
    ],
  },
  {
    id: 'sources-3.1',
    title: 'SOURCES §3.1 CMRT and temporal–sphenoidal reflex points',
    urls: [
      'https://franc066.wordpress.com/2014/01/28/t5-gastric-syndrome/',
      'http://www.soto.net.au/_blog/News/post/T7_-_SPLENIC_SYNDROME/',
      'https://www.sumarios.org/artigo/basis-chiropractic-manipulative-reflex-technique-cmrt',
    ],
  },
  {
    id: 'sources-3.2',
    title: 'SOURCES §3.2 Occipital fibre lines: 3 lines × 7 areas × 2 sides, line meanings',
    urls: ['https://toyokawa-seitai.com/1018', 'https://toyokawa-seitai.com/945'],
  },
  {
    id: 'sources-3.3',
    title:
      'SOURCES §3.3 Vertebra → organ associations claimed in CMRT (single clinic source; T5, T7 corroborated)',
    urls: [
      'http://sebone.info/?p=314',
      'https://franc066.wordpress.com/2014/01/28/t5-gastric-syndrome/',
      'http://www.soto.net.au/_blog/News/post/T7_-_SPLENIC_SYNDROME/',
    ],
  },
  {
    id: 'sources-3.5',
    title: 'SOURCES §3.5 Cranial technique: head tilt, zygomatic range of motion, sutures',
    urls: [
      'https://spinalresearch.com.au/retrospective-study-looks-at-zygomatic-range-of-motion-testing/',
      'http://wikichiro.org/en/index.php/Chiropractic_Cranial_Technique',
    ],
  },
  {
    id: 'sources-4.1',
    title: 'SOURCES §4.1 Every indicator is re-tested after the procedure (verification)',
    urls: [
      'https://www.drleahhelin.com/treatment-encinitas/2018/8/2/sacro-occipital-technique',
      'https://chiroindex.org/?articleId=28689&search_page=articles',
    ],
  },
  {
    id: 'sources-5.1',
    title: 'SOURCES §5.1 Reliability of SOT tests: Hestbæk & Leboeuf-Yde 2000; Triano 2013',
    urls: [
      'https://soto-usa.com/dural-connection-internet-edition-volume-3-number-2/',
      'https://chiromt.biomedcentral.com/articles/10.1186/2045-709X-21-36',
    ],
  },
  {
    id: 'sources-5.3',
    title: 'SOURCES §5.3 Safety: low back pain red flags and contraindications to manipulation',
    urls: [
      'http://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/?report=objectonly',
      'https://g-care.glos.nhs.uk/pathway/75/resource/3',
      'https://chiro.org/Graphics_Box_RESEARCH/GRAPHICS_19/BEST_PRACTICES/Table_9.html',
      'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-019-2871-y/tables/3',
    ],
  },
  {
    id: 'blum-short-legs',
    title: 'Blum, "Anatomical short legs and SOT": blocking indicators per category, heel lifts',
    urls: ['http://icakusa.com/anatomical-short-legs-and-sot'],
  },
  {
    id: 'soto-abstract-2002',
    title:
      'Klingensmith & Blum 2002 (SOTO-USA abstract): Category I prone wedges, short-leg trochanter, long-leg crest',
    urls: ['https://oldsite.soto-usa.com/?p=8371'],
  },
  {
    id: 'blocking-4',
    title: 'SOURCES-BLOCKING §4 Arm–fossa test: two fossae per side (upper near ASIS, lower near pubis)',
    urls: [
      'https://oldsite.soto-usa.com/?p=8194',
      'https://ameblo.jp/matuishi/entry-12587595185.html',
      'https://www.appliedkinesiologyonline.com/blog/weekly-focus-category-ii',
    ],
  },
  {
    id: 'ak-pelvic-categories',
    title:
      'AK "Pelvic Categories (2020)" flashcards: Category II superior wedge first at the iliac crest, pointing caudally',
    urls: ['https://brainscape.com/flashcards/pelvic-categories-2020-8045181/packs/12730919'],
  },
  {
    id: 'yamatubaki',
    title:
      'Japanese clinic notes: 45° trochanter wedge, re-check every minute; "II (or I) first" treatment order',
    urls: ['http://www.yamatubaki.jp/15112481960044', 'https://www.yamatubaki.jp/15110199263861'],
  },
  {
    id: 'tsukuba-order',
    title: 'Japanese clinic note: relieve the lumbar (Category III) load before the SI joint (Category II)',
    urls: ['https://tsukuba-seitaiin.com/blog/%E5%BD%93%E9%99%A2%E3%81%AE%E7%89%B9%E5%BE%B4/20250219-2211/'],
  },
  {
    id: 'dwell-times',
    title: 'Reported time on the blocks: 30 s (AK) to 5–15 min (clinics)',
    urls: [
      'https://brainscape.com/flashcards/pelvic-categories-2020-8045181/packs/12730919',
      'https://www.greecechiropractic.com/sot_pelvic_blocking',
      'http://scchiropractors.net.au/sacro-occipital-technique.php',
    ],
  },
  {
    id: 'haas-2007',
    title: 'Haas, Cooperstein & Peterson 2007: AK diagnostic claims are not supported (SOURCES §6)',
    urls: ['http://www.chiromt.com/content/15/1/11/about'],
  },
];
