/**
 * Rounds the exact ratio `numerator / denominator` to one decimal, half up (halves go away from zero),
 * in integer arithmetic, so ties such as 1.15 or 4.35 are not lost to binary floating point
 * (`Math.round(1.15 * 10) / 10` gives 1.1; this gives 1.2).
 *
 * Every questionnaire score is a ratio of whole numbers (a sum over a count, or a sum × 100 over a
 * maximum), so scorers pass the ratio, never a pre-divided float.
 *
 * Source: clinical-notes §2 ("percentages round to one decimal, half up"; ODI example 16/45 = 35.6 %).
 *
 * @param numerator - a safe integer
 * @param denominator - a positive safe integer
 * @returns the ratio rounded to one decimal place
 * @example
 * roundRatioHalfUp(1600, 45); // 35.6 (ODI 16 points of 45 possible, in percent)
 * roundRatioHalfUp(23, 20); // 1.2
 */
export function roundRatioHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    throw new Error(
      `roundRatioHalfUp needs whole numbers and a positive denominator (${numerator}/${denominator})`,
    );
  const tenths = Math.floor((20 * Math.abs(numerator) + denominator) / (2 * denominator));
  if (tenths === 0) return 0;
  return ((numerator < 0 ? -1 : 1) * tenths) / 10;
}

/**
 * A score given with up to one decimal (e.g. a stored baseline of 35.6) as a whole number of tenths
 * (356), so comparisons and differences stay exact. Values with more decimals are rounded half up.
 *
 * Source: clinical-notes §2 (scores are stored to one decimal).
 *
 * @example
 * toTenths(35.6); // 356
 * toTenths(4); // 40
 */
export function toTenths(value: number): number {
  // 12 significant digits drop the binary noise of value × 10 (35.6 × 10 = 355.99999999999994).
  const scaled = Number((Math.abs(value) * 10).toPrecision(12));
  const tenths = Math.floor(scaled + 0.5);
  return value < 0 && tenths !== 0 ? -tenths : tenths;
}
