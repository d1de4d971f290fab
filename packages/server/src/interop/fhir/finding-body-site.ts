import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import { isSegment, keyedBySide, type Finding } from '@sotchart/engine';
import { sideConcept, sideWord, sotConcept } from './fhir-coding';

/** The site in words, without the direction (a result, carried as its own component). */
function siteWords(site: Finding['site']): string[] {
  if (site === undefined) return [];
  return [
    site.fossa === undefined ? null : `${site.fossa} fossa`,
    site.line === undefined ? null : `occipital line ${site.line}`,
    site.area === undefined ? null : `area ${site.area}`,
    site.level ?? null,
    site.structure ?? null,
  ].filter((w): w is string => w !== null);
}

/**
 * Where a finding was read, as Observation.bodySite (R4 allows one CodeableConcept, whose codings
 * must mean the same thing, so laterality and segment are never mixed in it). A per-side finding's
 * side is where it was read: the coding is SNOMED CT laterality (left, right, right and left) and
 * the text names site and side, e.g. "occipital line 2, area 5, left". Any other finding keeps the
 * segment code when its site is a segment; its side is a result and stays a component.
 */
export function findingBodySite(f: Finding): CodeableConcept | undefined {
  const words = siteWords(f.site);
  const side = keyedBySide(f) && f.side !== 'none' ? f.side : undefined;
  if (side !== undefined) words.push(sideWord(side));
  const coding: Coding[] =
    side !== undefined
      ? (sideConcept(side).coding ?? [])
      : f.site?.level !== undefined && isSegment(f.site.level)
        ? (sotConcept(f.site.level).coding ?? [])
        : [];
  if (words.length === 0 && coding.length === 0) return undefined;
  return {
    ...(coding.length === 0 ? {} : { coding }),
    ...(words.length === 0 ? {} : { text: words.join(', ') }),
  };
}
