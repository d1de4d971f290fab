import type { Finding, FindingSite, VerificationItem } from '@sotchart/engine';
import { englishText, list, proseOf, type NarrativeProse, type NarrativeText } from './narrative-prose';

type SideOfItem = 'L' | 'R' | null;

// Indicators whose `side` names the short leg: never positive or negative (REFERENCE §2).
const legIndicators: ReadonlySet<string> = new Set(['leg_check', 'anatomical_leg_difference']);

/**
 * Where on the body a finding was taken, in words: "lower fossa", "line 2 area 5", "T5 A",
 * "sphenoid". Empty when the indicator has no site.
 */
export function siteWords(site: FindingSite | undefined, text: NarrativeText = englishText): string {
  if (site === undefined) return '';
  // A TS point is a level and a point letter (REFERENCE §2): "T5 A".
  const point =
    site.level !== undefined && (site.structure === 'A' || site.structure === 'B')
      ? `${site.level} ${site.structure}`
      : null;
  return [
    site.fossa === undefined ? null : text('site.fossa', { fossa: site.fossa }),
    site.line === undefined ? null : text('site.line', { line: site.line }),
    site.area === undefined ? null : text('site.area', { area: site.area }),
    point ?? site.level ?? null,
    point === null ? (site.structure?.replaceAll('_', ' ') ?? null) : null,
    site.direction ?? null,
  ]
    .filter((s): s is string => s !== null)
    .join(' ');
}

/** The leg check's value: "left leg 5 mm short", "legs even". */
function legWords(f: Finding, text: NarrativeText): string {
  if (f.side !== 'L' && f.side !== 'R')
    return f.phase === 'post' ? text('finding.legEvenAfter') : text('finding.legsEven');
  return f.mm === undefined
    ? text('finding.legShort', { side: f.side })
    : text('finding.legShortMm', { side: f.side, mm: f.mm });
}

/** One leg's SLR: "40°, symptom reproduced", "negative", "negative at 70°". */
function slrWords(f: Finding, text: NarrativeText): string {
  const { degrees } = f;
  if (f.symptomReproduced === true)
    return degrees === undefined
      ? text('finding.symptomReproduced')
      : text('finding.symptomReproducedAt', { degrees });
  return degrees === undefined ? text('finding.negative') : text('finding.negativeAt', { degrees });
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
function valueWords(f: Finding, side: SideOfItem, text: NarrativeText): string {
  if (legIndicators.has(f.indicator)) return legWords(f, text);
  if (f.indicator === 'slr') return slrWords(f, text);
  if (f.grade !== undefined && f.positive === undefined)
    return f.grade === 0 ? text('finding.negative') : text('finding.grade', { grade: f.grade });
  if (f.positive !== true) return text('finding.negative');
  if (side !== null && (f.side === 'L' || f.side === 'R') && f.side !== side) return text('finding.negative');
  return f.grade === undefined ? text('finding.positive') : text('finding.positiveGrade', { grade: f.grade });
}

/** What the post-check showed for one item, or '' when there is nothing to say. */
function afterWords(i: VerificationItem, text: NarrativeText): string {
  const { pre, post, change } = i;
  // A negative finding not re-checked is no gap: nothing to clear (REFERENCE §9).
  if (change === 'not_rechecked')
    return pre !== undefined && positiveOn(pre, i.side) ? text('finding.notRechecked') : '';
  if (post === undefined) return '';
  // The leg check and the SLR are told by their values, never as "cleared" or "positive".
  if (legIndicators.has(i.indicator) || i.indicator === 'slr')
    return text('finding.valueAfter', { value: valueWords(post, i.side, text) });
  if (change === 'cleared') return text('finding.clearedAfter');
  if (change === 'unchanged')
    return pre !== undefined && positiveOn(pre, i.side) ? text('finding.unchangedAfter') : '';
  return text('finding.valueAfter', { value: valueWords(post, i.side, text) });
}

/** An item's two parts in words: the pre-check value and what the post-check showed ('' if nothing). */
function itemParts(
  i: VerificationItem,
  rechecked: boolean,
  text: NarrativeText,
): { readonly before: string; readonly after: string } {
  if (i.pre === undefined)
    return {
      before:
        i.post === undefined ? '' : text('finding.foundAfter', { value: valueWords(i.post, i.side, text) }),
      after: '',
    };
  const value = valueWords(i.pre, i.side, text);
  return {
    before: i.pre.carriedForward === true ? text('finding.carriedForward', { value }) : value,
    after: rechecked ? afterWords(i, text) : '',
  };
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
export function itemWords(i: VerificationItem, rechecked = true, text: NarrativeText = englishText): string {
  const { before, after } = itemParts(i, rechecked, text);
  return after === '' ? before : text('finding.beforeAfter', { before, after });
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
export function findingLines(
  items: readonly VerificationItem[],
  name: (id: string) => string,
  prose: NarrativeProse = proseOf({}),
): string[] {
  const { text, language } = prose;
  const rechecked = items.some((i) => i.post !== undefined);
  const groups: VerificationItem[][] = [];
  for (const item of items) {
    const group = groups.find((g) => g[0] !== undefined && sameSite(g[0], item));
    if (group === undefined) groups.push([item]);
    else group.push(item);
  }
  return groups.map((group) => {
    const first = group[0] as VerificationItem;
    const site = siteWords(first.site, text);
    const indicator = name(first.indicator);
    const label =
      site === '' ? text('finding.label', { indicator }) : text('finding.labelAtSite', { indicator, site });
    if (group.length === 1 && first.side === null)
      return text('finding.line', { label, value: itemWords(first, rechecked, text) });
    const negative = text('finding.negative');
    const texts = group.map((i) => itemWords(i, rechecked, text));
    if (texts.length === 2 && texts.every((t) => t === negative))
      return text('finding.negativeBothSides', { label });
    // Beside another side the post-check goes in brackets, so each side reads as one phrase.
    const sided = group.map((i) => {
      const { before, after } = itemParts(i, rechecked, text);
      const side = i.side ?? 'none';
      return after === ''
        ? text('finding.onSide', { side, value: before })
        : text('finding.onSideAfter', { side, value: before, after });
    });
    return text('finding.line', { label, value: list(sided, language) });
  });
}
