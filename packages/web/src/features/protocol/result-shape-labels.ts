import type { ResultShapeId } from '@sotchart/engine';

/**
 * What is typed for a finding of each result shape a clinic may give an added indicator (`screen`
 * and `ts_point` are the pack's own and cannot be added).
 */
export const addableResultShapes: readonly { readonly value: ResultShapeId; readonly label: string }[] = [
  { value: 'side_posneg', label: 'Side (L, R, both, none), positive or negative' },
  { value: 'side_posneg_grade', label: 'Side, positive or negative, optional grade 0–3' },
  { value: 'side_grade', label: 'Side and grade 0–3' },
  { value: 'side_mm', label: 'Side and millimetres' },
  { value: 'side_degrees_symptom', label: 'Side, degrees, symptom reproduced' },
  { value: 'side_direction_posneg', label: 'Side, positive or negative, optional direction' },
  { value: 'posneg', label: 'Positive or negative' },
  { value: 'direction_posneg', label: 'Positive or negative, optional direction' },
  { value: 'level_posneg', label: 'Positive or negative, optional vertebral level' },
];
