import type { ResultShapeId } from '@sotchart/engine';

/** The keys a row takes, shown beside it so nobody has to remember them. */
export function keyHints(shape: ResultShapeId, oneSide = false): string {
  if (oneSide && shape === 'side_degrees_symptom') return 'degrees, + − · 0 both legs negative';
  if (oneSide && shape === 'side_grade') return '1–3 grade · 0 negative';
  switch (shape) {
    case 'side_posneg':
    case 'side_fossa_posneg':
    case 'side_direction_posneg':
    case 'side_structure_posneg':
    case 'ts_point':
      return 'L R B · 0';
    case 'side_posneg_grade':
      return 'L R B · 0 · 1–3 grade';
    case 'posneg':
    case 'direction_posneg':
    case 'level_posneg':
      return '+ −';
    case 'side_mm':
      return 'L R then mm · 0 even';
    case 'side_degrees_symptom':
      return 'L R B, degrees, + −  · 0 none';
    case 'side_grade':
      return 'L R B then 1–3 · 0';
    case 'line_area_side_grade':
      return 'arrows, 0–3';
    case 'screen':
      return 'Y N';
    default: {
      const unknown: never = shape;
      return String(unknown);
    }
  }
}
