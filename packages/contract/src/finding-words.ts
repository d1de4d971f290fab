import type { Finding, FindingSite, VerificationItem } from '@sotchart/engine';

type SideOfItem = 'L' | 'R' | null;

const sideNames = { L: 'left', R: 'right' } as const;

// Indicators whose `side` names the short leg: never positive or negative (REFERENCE §2).
const legIndicators: ReadonlySet<string> = new Set(['leg_check', 'anatomical_leg_difference']);

/**
 * Where on the body a finding was taken, in words: "lower fossa", "line 2 area 5", "T5 A",
 * "sphenoid". Empty when the indicator has no site.
 */
export function siteWords(site: FindingSite | undefined): string {
  if (site === undefined) return '';
  // A TS point is a level and a point letter (REFERENCE §2): "T5 A".
  const point =
    site.level !== undefined && (site.structure === 'A' || site.structure === 'B')
      ? `${site.level} ${site.structure}`
      : null;
  return [
    site.fossa === undefined ? null : `${site.fossa} fossa`,
    site.line === undefined ? null : `line ${site.line}`,
    site.area === undefined ? null : `area ${site.area}`,
    point ?? site.level ?? null,
    point === null ? (site.structure?.replaceAll('_', ' ') ?? null) : null,
    site.direction ?? null,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');
}

/** The leg check's value: "left leg 5 mm short", "legs even". */
function legWords(f: Finding): string {
  if (f.side !== 'L' && f.side !== 'R') return f.phase === 'post' ? 'even' : 'legs even';
  return `${sideNames[f.side]} leg${f.mm === undefined ? '' : ` ${f.mm} mm`} short`;
}

/** One leg's SLR: "40°, symptom reproduced", "negative", "negative at 70°". */
function slrWords(f: Finding): string {
  const degrees = f.degrees === undefined ? '' : `${f.degrees}°`;
  if (f.symptomReproduced === true)
    return degrees === '' ? 'symptom reproduced' : `${degrees}, symptom reproduced`;
  return degrees === '' ? 'negative' : `negative at ${degrees}`;
}

/** True when the finding is positive on `side` (REFERENCE §2 "Positive"; the leg check: a short leg). */
function positiveOn(f: Finding, side: SideOfItem): boolean {
  if (legIndicators.has(f.indicator)) return f.side === 'L' || f.side === 'R';
  if (f.indicator === 'slr') return f.symptomReproduced === true;
  if (f.grade !== undefined && f.positive === undefined) return f.grade >= 1;
  if (f.positive !== true) return false;
  return side === null || !((f.side === 'L' || f.side === 'R') && f.side !== side);
}

/**
 * A finding's value as read on one side: a sided pos/neg finding names the positive side and
 * describes both sides, so a finding of the other side reads "negative" here (REFERENCE §2, §9).
 */
function valueWords(f: Finding, side: SideOfItem): string {
  if (legIndicators.has(f.indicator)) return legWords(f);
  if (f.indicator === 'slr') return slrWords(f);
  if (f.grade !== undefined && f.positive === undefined)
    return f.grade === 0 ? 'negative' : `grade ${f.grade}`;
  if (f.positive !== true) return 'negative';
  if (side !== null && (f.side === 'L' || f.side === 'R') && f.side !== side) return 'negative';
  return f.grade === undefined ? 'positive' : `positive, grade ${f.grade}`;
}

const carried = (f: Finding | undefined): string =>
  f?.carriedForward === true ? ' (carried forward from the last visit, confirmed)' : '';

/** What the post-check showed for one item, or '' when there is nothing to say. */
function afterWords(i: VerificationItem): string {
  const { pre, post, change } = i;
  // A negative finding not re-checked is no gap: nothing to clear (REFERENCE §9).
  if (change === 'not_rechecked')
    return pre !== undefined && positiveOn(pre, i.side) ? 'not re-checked after treatment' : '';
  if (post === undefined) return '';
  // The leg check and the SLR are told by their values, never as "cleared" or "positive".
  if (legIndicators.has(i.indicator) || i.indicator === 'slr')
    return `${valueWords(post, i.side)} after treatment`;
  if (change === 'cleared') return 'cleared after treatment';
  if (change === 'unchanged')
    return pre !== undefined && positiveOn(pre, i.side) ? 'unchanged after treatment' : '';
  return `${valueWords(post, i.side)} after treatment`;
}

/** An item's two parts in words: the pre-check value and what the post-check showed ('' if nothing). */
function itemParts(
  i: VerificationItem,
  rechecked = true,
): { readonly before: string; readonly after: string } {
  if (i.pre === undefined)
    return {
      before: i.post === undefined ? '' : `found after treatment: ${valueWords(i.post, i.side)}`,
      after: '',
    };
  return { before: `${valueWords(i.pre, i.side)}${carried(i.pre)}`, after: rechecked ? afterWords(i) : '' };
}

/**
 * One verification item in plain words, pre-check then post-check: "left leg 5 mm short; even
 * after treatment", "40°, symptom reproduced; negative after treatment", "positive; cleared after
 * treatment", "negative". An item found only after treatment reads "found after treatment: …".
 *
 * @example
 * itemWords({ indicator: 'leg_check', side: null, change: 'cleared',
 *   pre: { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
 *   post: { indicator: 'leg_check', phase: 'post', side: 'none' } });
 * // 'left leg 5 mm short; even after treatment'
 */
export function itemWords(i: VerificationItem, rechecked = true): string {
  const { before, after } = itemParts(i, rechecked);
  return after === '' ? before : `${before}; ${after}`;
}

const sameSite = (a: VerificationItem, b: VerificationItem): boolean =>
  a.indicator === b.indicator && siteWords(a.site) === siteWords(b.site);

/**
 * The verification items grouped by indicator and site, each group in words with its sides:
 * "Leg check: left leg 5 mm short; even after treatment",
 * "SLR: left 40°, symptom reproduced; right negative",
 * "Arm–fossa, lower fossa: right positive (cleared after treatment); left negative". Both sides
 * negative read once: "Heel tension: negative both sides". Without any post-check, no item says
 * "not re-checked": the note states that once.
 *
 * @example
 * findingLines(verify(pre, post, pack).items, (id) => names[id]);
 * // ['Leg check: left leg 5 mm short; even after treatment', 'SLR: left 40°, symptom reproduced; right negative']
 */
export function findingLines(items: readonly VerificationItem[], name: (id: string) => string): string[] {
  const rechecked = items.some((i) => i.post !== undefined);
  const groups: VerificationItem[][] = [];
  for (const item of items) {
    const group = groups.find((g) => g[0] !== undefined && sameSite(g[0], item));
    if (group === undefined) groups.push([item]);
    else group.push(item);
  }
  return groups.map((group) => {
    const first = group[0] as VerificationItem;
    const where = siteWords(first.site);
    const label = `${name(first.indicator)}${where === '' ? '' : `, ${where}`}`;
    if (group.length === 1 && first.side === null) return `${label}: ${itemWords(first, rechecked)}`;
    const texts = group.map((i) => ({ side: i.side, text: itemWords(i, rechecked) }));
    if (texts.length === 2 && texts.every((t) => t.text === 'negative'))
      return `${label}: negative both sides`;
    // Beside another side the post-check goes in brackets, so each side reads as one phrase.
    const sided = group.map((i) => {
      const { before, after } = itemParts(i, rechecked);
      const side = i.side === null ? '' : `${sideNames[i.side]} `;
      return `${side}${before}${after === '' ? '' : ` (${after})`}`;
    });
    return `${label}: ${sided.join('; ')}`;
  });
}
