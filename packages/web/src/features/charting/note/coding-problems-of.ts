import type { CodingProblem } from '@sotchart/engine';
import type { VisitDraftControl } from '../draft/use-visit-draft';

/**
 * The coding checks' problems for the codes on screen: the server's, from the last save, while the
 * draft's coding is the one saved; null once it has been edited since (the paths would point at the
 * wrong rows), until the next save answers.
 */
export function codingProblemsOf(
  control: Pick<VisitDraftControl, 'draft' | 'visit'>,
): readonly CodingProblem[] | null {
  const saved = control.visit.record.coding;
  if (JSON.stringify(saved) !== JSON.stringify(control.draft.record.coding)) return null;
  return control.visit.codingProblems ?? [];
}
