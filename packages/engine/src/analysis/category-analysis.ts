import type { Finding } from '../findings/finding';
import type { CategoryId } from '../protocol/category-id';
import { indexPack, type PackIndex } from '../protocol/pack-index';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { moreUrgent } from '../safety/red-flags';
import type { Analysis, CountedFinding, Level } from './analysis';
import { evaluateCategories, type CategoryEvaluation } from './category-evaluation';
import { categorySide } from './category-side';
import { examineNext } from './examine-next';
import { preFindings } from './pre-findings';

type Outcome = Pick<
  Analysis,
  'referral' | 'category' | 'side' | 'level' | 'coexisting' | 'counted' | 'rule' | 'examineNext'
>;

/**
 * Reads the visit's `pre` findings with a protocol pack: the primary category (highest priority among
 * indicated/supported ones, else the highest-priority suggested one), its side and level, coexisting
 * categories, each finding that counted with its P/S role, the deciding rule with its certainty and
 * sources, what to examine next, positive contraindications and the evidence note. Any positive red
 * flag sets `referral` and withholds everything else. Pure, deterministic and independent of the order
 * of `findings`; expects findings that passed {@link validateFindings} and ignores ids the pack lacks.
 *
 * Source: REFERENCE §3, §7, §9.
 *
 * @example
 * analyze([{ indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true }], defaultPack);
 * // { category: 'II', side: 'R', level: 'indicated', rule: { id: 'category_II', … }, … }
 */
export function analyze(findings: readonly Finding[], pack: ProtocolPack): Analysis {
  const index = indexPack(pack);
  const pre = preFindings(findings, index);
  const flags = positiveScreen(pre, index, 'red_flag');
  const outcome: Outcome =
    flags.length > 0
      ? {
          referral: referralOf(flags, pack),
          category: 'undetermined',
          side: null,
          level: null,
          coexisting: [],
          counted: [],
          rule: ruleOf(pack, 'red_flag_referral'),
          examineNext: [],
        }
      : categoryOutcome(pre, pack, index);
  // Fields in the order REFERENCE §9 lists them, so stored snapshots read the same way.
  return {
    packRef: pack.packRef,
    referral: outcome.referral,
    category: outcome.category,
    side: outcome.side,
    level: outcome.level,
    coexisting: outcome.coexisting,
    counted: outcome.counted,
    rule: outcome.rule,
    examineNext: outcome.examineNext,
    contraindications: positiveScreen(pre, index, 'contraindication'),
    evidenceNote: pack.evidenceNote.text,
  };
}

function categoryOutcome(pre: readonly Finding[], pack: ProtocolPack, index: PackIndex): Outcome {
  const evaluations = evaluateCategories(pre, index);
  const present: CategoryId[] = [];
  const strong: CategoryId[] = [];
  for (const c of index.priority) {
    const level = evaluations.get(c)?.level ?? null;
    if (level !== null) present.push(c);
    if (level !== null && level !== 'suggested') strong.push(c);
  }
  const primary = strong[0] ?? present[0] ?? null;
  const next = examineNext(primary, evaluations, index);
  if (primary === null) {
    const unexamined = [...evaluations.values()].some((e) => e.unexaminedPrimaries.length > 0);
    return {
      referral: null,
      category: unexamined ? 'undetermined' : 'none',
      side: null,
      level: null,
      coexisting: [],
      counted: [],
      rule: ruleOf(pack, unexamined ? 'category_undetermined' : 'category_none'),
      examineNext: next,
    };
  }
  const level = levelOf(evaluations, primary);
  const definition = pack.categories.find((c) => c.id === primary);
  const ruleId =
    level === 'suggested'
      ? 'category_suggested'
      : strong.length > 1
        ? index.priorityRuleId
        : (definition?.ruleId ?? `category_${primary}`);
  return {
    referral: null,
    category: primary,
    side: categorySide(primary, pre, pack, index),
    level,
    coexisting: present
      .filter((c) => c !== primary)
      .map((c) => ({ category: c, side: categorySide(c, pre, pack, index), level: levelOf(evaluations, c) })),
    counted: present.flatMap((c) => countedOf(evaluations.get(c))),
    rule: ruleOf(pack, ruleId),
    examineNext: next,
  };
}

/** Positive red-flag or contraindication ids, in the pack's (screen) order. */
function positiveScreen(
  pre: readonly Finding[],
  index: PackIndex,
  kind: 'red_flag' | 'contraindication',
): string[] {
  const ids: string[] = [];
  for (const f of pre)
    if (f.positive === true && index.entries.get(f.indicator)?.kind === kind) ids.push(f.indicator);
  return ids;
}

// The most urgent flag sets the urgency and the message (REFERENCE §7).
function referralOf(flags: readonly string[], pack: ProtocolPack): NonNullable<Analysis['referral']> {
  const urgency = flags
    .map((id) => pack.redFlags.find((r) => r.id === id)?.urgency ?? 'prompt')
    .reduce(moreUrgent);
  return { flags, urgency, message: pack.referralMessages[urgency] };
}

function ruleOf(pack: ProtocolPack, id: string): Analysis['rule'] {
  const rule = pack.rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`pack ${pack.packRef} has no rule "${id}"`);
  return { id: rule.id, certainty: rule.certainty, sources: rule.sources };
}

function levelOf(evaluations: ReadonlyMap<CategoryId, CategoryEvaluation>, c: CategoryId): Level {
  const level = evaluations.get(c)?.level;
  if (level === undefined || level === null) throw new Error(`category ${c} is not present`);
  return level;
}

function countedOf(evaluation: CategoryEvaluation | undefined): CountedFinding[] {
  if (evaluation === undefined) return [];
  const entry = (f: Finding, role: 'P' | 'S'): CountedFinding => ({
    indicator: f.indicator,
    ...(f.side === undefined ? {} : { side: f.side }),
    ...(f.site === undefined ? {} : { site: f.site }),
    role,
    category: evaluation.category,
  });
  return [
    ...evaluation.primary.map((f) => entry(f, 'P')),
    ...evaluation.supporting.map((f) => entry(f, 'S')),
  ];
}
