import type { Episode } from '@sotchart/contract';

/**
 * The episode's diagnoses other than segmental dysfunction (M99), by rank: the neuromusculoskeletal
 * condition a spinal CMT claim lists after the subluxation (clinical-notes §1.2, §1.4).
 */
export function secondaryDiagnosesOf(episode: Pick<Episode, 'diagnoses'> | null): string[] {
  return [...(episode?.diagnoses ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((d) => d.code)
    .filter((code) => !code.startsWith('M99'));
}
