import type { ResultShapeId, Side } from '@sotchart/engine';
import type { EntryValue } from './entry-value';

/** The row's typing state: whether the last key was a digit of a number still being typed. */
export interface KeyResult {
  readonly value: EntryValue;
  /** True while digits are being typed into a number (mm, degrees): the next digit appends. */
  readonly digitRun: boolean;
  /** Move to the next row: the key completed a one-key value. */
  readonly advance: boolean;
}

const sideKeys: Readonly<Record<string, Side>> = { l: 'L', r: 'R', b: 'bilateral' };

function digitOf(key: string): number | null {
  return /^[0-9]$/.test(key) ? Number(key) : null;
}

function withoutSite(value: EntryValue): EntryValue {
  return value.site === undefined ? {} : { site: value.site };
}

function appendDigit(current: number | undefined, digit: number, run: boolean, max: number): number {
  const next = run && current !== undefined ? current * 10 + digit : digit;
  return next > max ? digit : next;
}

/**
 * Applies one key to a row's value, by the indicator's result shape: `L`/`R`/`B` name the side,
 * `0` is negative/none, `+`/`-` positive/negative, digits grade (0–3), millimetres or degrees.
 * Returns null for a key the shape does not take. Carried-forward marks are dropped: a typed value
 * is a fresh finding.
 */
export function applyKey(
  shape: ResultShapeId,
  current: EntryValue,
  rawKey: string,
  digitRun: boolean,
): KeyResult | null {
  const key = rawKey.toLowerCase();
  const side = sideKeys[key];
  const digit = digitOf(key);
  const base = withoutSite(current);
  const done = (value: EntryValue, advance: boolean, run = false): KeyResult => ({
    value,
    digitRun: run,
    advance,
  });
  switch (shape) {
    case 'side_posneg':
    case 'side_fossa_posneg':
    case 'side_direction_posneg':
    case 'side_structure_posneg':
    case 'ts_point':
      if (side !== undefined) return done({ ...base, side, positive: true }, true);
      if (key === '0' || key === '-') return done({ ...base, side: 'none', positive: false }, true);
      return null;
    case 'side_posneg_grade':
      if (side !== undefined) return done({ ...base, side, positive: true }, true);
      if (key === '0' || key === '-') return done({ ...base, side: 'none', positive: false }, true);
      if (digit !== null && digit <= 3 && current.positive === true)
        return done(
          { ...base, side: current.side ?? 'none', positive: true, grade: digit as 1 | 2 | 3 },
          true,
        );
      return null;
    case 'posneg':
    case 'direction_posneg':
    case 'level_posneg':
      if (key === '+' || key === 'y') return done({ ...base, positive: true }, true);
      if (key === '-' || key === '0' || key === 'n') return done({ ...base, positive: false }, true);
      return null;
    case 'side_mm':
      if (key === 'l' || key === 'r') return done({ ...base, side: side ?? 'none' }, false, false);
      if (digit !== null && (current.side === 'L' || current.side === 'R'))
        return done(
          { ...base, side: current.side, mm: appendDigit(current.mm, digit, digitRun, 50) },
          false,
          true,
        );
      if (key === '0' || key === '-') return done({ ...base, side: 'none' }, true);
      return null;
    case 'side_degrees_symptom': {
      const kept = {
        ...base,
        ...(current.side === undefined ? {} : { side: current.side }),
        ...(current.degrees === undefined ? {} : { degrees: current.degrees }),
        ...(current.symptomReproduced === undefined ? {} : { symptomReproduced: current.symptomReproduced }),
      };
      if (side !== undefined) return done({ ...kept, side }, false);
      // A reproduced symptom needs its angle; a negative SLR is complete without one (REFERENCE §2).
      if (key === '+') return done({ ...kept, symptomReproduced: true }, kept.degrees !== undefined);
      if (key === '-') return done({ ...kept, symptomReproduced: false }, true);
      // 0 before any degrees: negative on both legs (no angle is 0°), the row done.
      if (key === '0' && !digitRun && kept.degrees === undefined)
        return done({ ...base, side: 'none', symptomReproduced: false }, true);
      if (digit !== null)
        return done({ ...kept, degrees: appendDigit(current.degrees, digit, digitRun, 90) }, false, true);
      return null;
    }
    case 'side_grade':
      if (side !== undefined) return done({ ...base, side }, false);
      if (digit === 0 || key === '-') return done({ ...base, side: 'none', grade: 0 }, true);
      if (digit !== null && digit <= 3 && current.side !== undefined && current.side !== 'none')
        return done({ ...base, side: current.side, grade: digit as 1 | 2 | 3 }, true);
      return null;
    case 'screen':
      if (key === 'y' || key === '+') return done({ positive: true }, true);
      if (key === 'n' || key === '-' || key === '0') return done({ positive: false }, true);
      return null;
    case 'line_area_side_grade':
      // Entered cell by cell on the occipital-fibre grid.
      return null;
    default: {
      const unknown: never = shape;
      throw new Error(`no keys for result shape ${String(unknown)}`);
    }
  }
}
