import type { Visit } from '@sotchart/contract';
import type { ResearchFinding } from './research-rows';
import type { LabelScrubber } from './scrub-label';

/**
 * The row of one finding: its values and site, free-text site parts scrubbed, its note dropped unless
 * the owner asked for free text (`text`, the scrubber), then scrubbed.
 */
export function findingRow(
  f: Visit['findings'][number],
  visitId: string,
  label: LabelScrubber,
  text: LabelScrubber | null = null,
): ResearchFinding {
  const note = text === null ? null : text(f.note);
  const site = f.site;
  return {
    visitId,
    phase: f.phase,
    indicator: f.indicator,
    side: f.side ?? null,
    site:
      site === undefined
        ? null
        : {
            ...(site.fossa === undefined ? {} : { fossa: site.fossa }),
            ...(site.line === undefined ? {} : { line: site.line }),
            ...(site.area === undefined ? {} : { area: site.area }),
            ...(site.level === undefined ? {} : { level: site.level }),
            ...(site.direction === undefined ? {} : { direction: label(site.direction) ?? '' }),
            ...(site.structure === undefined ? {} : { structure: label(site.structure) ?? '' }),
          },
    positive: f.positive ?? null,
    grade: f.grade ?? null,
    degrees: f.degrees ?? null,
    mm: f.mm ?? null,
    symptomReproduced: f.symptomReproduced ?? null,
    carriedForward: f.carriedForward === true,
    ...(note === null ? {} : { note }),
  };
}
