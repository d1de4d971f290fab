import type { ResultShapeId } from '@sotchart/engine';

/**
 * What is typed for a finding of each result shape a clinic may give an added indicator (`screen`
 * and `ts_point` are the pack's own and cannot be added), as `protocol` catalogue keys.
 */
export const addableResultShapes = [
  { value: 'side_posneg', labelKey: 'resultShape.sidePosneg' },
  { value: 'side_posneg_grade', labelKey: 'resultShape.sidePosnegGrade' },
  { value: 'side_grade', labelKey: 'resultShape.sideGrade' },
  { value: 'side_mm', labelKey: 'resultShape.sideMm' },
  { value: 'side_degrees_symptom', labelKey: 'resultShape.sideDegreesSymptom' },
  { value: 'side_direction_posneg', labelKey: 'resultShape.sideDirectionPosneg' },
  { value: 'posneg', labelKey: 'resultShape.posneg' },
  { value: 'direction_posneg', labelKey: 'resultShape.directionPosneg' },
  { value: 'level_posneg', labelKey: 'resultShape.levelPosneg' },
] as const satisfies readonly { readonly value: ResultShapeId; readonly labelKey: string }[];
