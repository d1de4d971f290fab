import type { ResultShapeId } from '@sotchart/engine';
import { i18n } from '../../../i18n/translation';

/** The keys a row takes, shown beside it so nobody has to remember them (in the app's language). */
export function keyHints(shape: ResultShapeId, oneSide = false): string {
  const t = i18n.getFixedT(null, 'charting');
  if (oneSide && shape === 'side_degrees_symptom') return t('keys.oneLeg');
  if (oneSide && shape === 'side_grade') return t('keys.oneSideGrade');
  switch (shape) {
    case 'side_posneg':
    case 'side_fossa_posneg':
    case 'side_direction_posneg':
    case 'side_structure_posneg':
    case 'ts_point':
      return t('keys.side');
    case 'side_posneg_grade':
      return t('keys.sideGrade');
    case 'posneg':
    case 'direction_posneg':
    case 'level_posneg':
      return '+ −';
    case 'side_mm':
      return t('keys.mm');
    case 'side_degrees_symptom':
      return t('keys.slr');
    case 'side_grade':
      return t('keys.sideThenGrade');
    case 'line_area_side_grade':
      return t('keys.grid');
    case 'screen':
      return t('keys.screen');
    default: {
      const unknown: never = shape;
      return String(unknown);
    }
  }
}
