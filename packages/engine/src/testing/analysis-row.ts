import type { Analysis, Level } from '../analysis/analysis';
import type { Finding, Side } from '../findings/finding';
import type { CategoryId } from '../protocol/category-id';
import type { ProtocolPack } from '../protocol/protocol-pack';

/**
 * One row of an analysis table: the findings (and pack), and the expected reading, each row citing
 * the REFERENCE section it comes from. Expected values are literals in the rows.
 *
 * Source: REFERENCE §3, §7, §9.
 */
export interface AnalysisRow {
  readonly name: string;
  readonly ref: string;
  readonly findings: readonly Finding[];
  readonly pack?: ProtocolPack;
  readonly category: CategoryId | 'none' | 'undetermined';
  readonly side: Side | null;
  readonly level: Level | null;
  readonly rule: string;
  readonly examineNext: readonly string[];
  readonly coexisting?: readonly { category: CategoryId; side: Side | null; level: Level }[];
  readonly flags?: readonly string[];
  readonly contraindications?: readonly string[];
}

/**
 * The part of an analysis a table row checks, so actual and expected compare with one deepEqual.
 *
 * Source: REFERENCE §9 (field names).
 */
export function projectAnalysis(a: Analysis, row: AnalysisRow): Record<string, unknown> {
  return {
    category: a.category,
    side: a.side,
    level: a.level,
    rule: a.rule.id,
    examineNext: a.examineNext,
    coexisting: a.coexisting,
    flags: a.referral?.flags ?? [],
    ...(row.contraindications === undefined ? {} : { contraindications: a.contraindications }),
  };
}

/**
 * The expected projection of a row (see {@link projectAnalysis}).
 *
 * Source: REFERENCE §9.
 */
export function expectedAnalysis(row: AnalysisRow): Record<string, unknown> {
  return {
    category: row.category,
    side: row.side,
    level: row.level,
    rule: row.rule,
    examineNext: row.examineNext,
    coexisting: row.coexisting ?? [],
    flags: row.flags ?? [],
    ...(row.contraindications === undefined ? {} : { contraindications: row.contraindications }),
  };
}
