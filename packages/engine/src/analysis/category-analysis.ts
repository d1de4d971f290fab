import type { Finding, Side } from '../findings/finding';
import type { CategoryId } from '../protocol/category-id';
import { indexPack } from '../protocol/pack-index';
import type { ProtocolPack } from '../protocol/protocol-pack';
import type { Analysis, CountedFinding, Level } from './analysis';
import { evaluateCategory, type CategoryEvaluation } from './category-evaluation';
import { categorySide } from './category-side';
import { examineNext } from './examine-next';
import { preFindings } from './pre-findings';

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
  const positiveIds = (kind: 'red_flag' | 'contraindication'): string[] =>
    pre
      .filter((f) => index.entries.get(f.indicator)?.kind === kind && f.positive === true)
      .map((f) => f.indicator);
  const flags = positiveIds('red_flag');
  const contraindications = positiveIds('contraindication');
  const ruleOf = (id: string): Analysis['rule'] => {
    const rule = pack.rules.find((r) => r.id === id);
    if (rule === undefined) throw new Error(`pack ${pack.packRef} has no rule "${id}"`);
    return { id: rule.id, certainty: rule.certainty, sources: rule.sources };
  };
  const base = { packRef: pack.packRef, contraindications, evidenceNote: pack.evidenceNote.text };
  // Fields in the order REFERENCE §9 lists them, so stored snapshots read the same way.
  const result = (a: Omit<Analysis, keyof typeof base>): Analysis => ({
    packRef: base.packRef,
    referral: a.referral,
    category: a.category,
    side: a.side,
    level: a.level,
    coexisting: a.coexisting,
    counted: a.counted,
    rule: a.rule,
    examineNext: a.examineNext,
    contraindications,
    evidenceNote: base.evidenceNote,
  });

  if (flags.length > 0)
    return result({
      referral: { flags, message: pack.referralMessage },
      category: 'undetermined',
      side: null,
      level: null,
      coexisting: [],
      counted: [],
      rule: ruleOf('red_flag_referral'),
      examineNext: [],
    });

  const evaluations = new Map<CategoryId, CategoryEvaluation>(
    index.priority.map((c) => [c, evaluateCategory(c, pre, index)]),
  );
  const present = index.priority.filter((c) => (evaluations.get(c)?.level ?? null) !== null);
  const strong = present.filter((c) => evaluations.get(c)?.level !== 'suggested');
  const primary = strong[0] ?? present[0] ?? null;
  const next = examineNext(primary, evaluations, index);

  if (primary === null) {
    const unexamined = [...evaluations.values()].some((e) => e.unexaminedPrimaries.length > 0);
    return result({
      referral: null,
      category: unexamined ? 'undetermined' : 'none',
      side: null,
      level: null,
      coexisting: [],
      counted: [],
      rule: ruleOf(unexamined ? 'category_undetermined' : 'category_none'),
      examineNext: next,
    });
  }

  const levelOf = (c: CategoryId): Level => {
    const level = evaluations.get(c)?.level;
    if (level === undefined || level === null) throw new Error(`category ${c} is not present`);
    return level;
  };
  const sideOf = (c: CategoryId): Side | null => categorySide(c, pre, pack, index);
  const level = levelOf(primary);
  const definition = pack.categories.find((c) => c.id === primary);
  const ruleId =
    level === 'suggested'
      ? 'category_suggested'
      : strong.length > 1
        ? index.priorityRuleId
        : (definition?.ruleId ?? `category_${primary}`);
  return result({
    referral: null,
    category: primary,
    side: sideOf(primary),
    level,
    coexisting: present
      .filter((c) => c !== primary)
      .map((c) => ({ category: c, side: sideOf(c), level: levelOf(c) })),
    counted: present.flatMap((c) => countedOf(evaluations.get(c))),
    rule: ruleOf(ruleId),
    examineNext: next,
  });
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
