import { ok, validationFailed, type ErrorDetail, type Result } from '../errors';
import { indexPack, type PackIndex } from '../protocol/pack-index';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { zodDetails } from '../zod-details';
import { checkFinding } from './check-finding';
import { coexistenceDetails, type CoexistenceCandidate } from './coexistence';
import { FindingSchema, type Finding } from './finding';

/**
 * Validates a visit's findings against a protocol pack and reports every problem with its index and
 * field (`3.side`), not only the first: structure and ranges, unknown or disabled indicators, fields
 * the indicator's result shape does not allow or lacks, a second finding with the same key
 * (indicator, phase, site, and the side for a per-side indicator), a fossa-less arm–fossa finding
 * beside one with a fossa, and `side: 'none'` with a positive result. A sided pos/neg finding that is
 * negative on `L` or `R` is returned as `side: 'none'`, which means the same.
 *
 * Source: REFERENCE §2 ("Which findings may coexist (the key)", "Invalid").
 *
 * @example
 * validateFindings([{ indicator: 'arm_fossa', phase: 'pre', side: 'none', positive: true }], defaultPack);
 * // { ok: false, error: { code: 'VALIDATION_FAILED', details: [{ path: '0.side', message: "side 'none' never goes with a positive result" }] } }
 */
export function validateFindings(input: unknown, pack: ProtocolPack): Result<Finding[]> {
  if (!Array.isArray(input))
    return validationFailed([{ path: '', message: 'expected an array of findings' }]);
  const index = indexPack(pack);
  const details: ErrorDetail[] = [];
  const findings: Finding[] = [];
  const candidates: CoexistenceCandidate[] = [];
  input.forEach((raw: unknown, i) => {
    const path = String(i);
    const parsed = FindingSchema.safeParse(raw);
    let candidate: Partial<Finding> | null;
    let skip: ReadonlySet<string>;
    if (parsed.success) {
      candidate = parsed.data;
      skip = new Set();
      findings.push(normaliseSide(parsed.data, index));
    } else {
      details.push(...zodDetails(parsed.error.issues, path));
      // Check what did parse as well, so one pass reports every problem of the finding.
      skip = new Set(
        parsed.error.issues.flatMap((issue) =>
          issue.code === 'unrecognized_keys' && issue.path.length === 0
            ? issue.keys
            : [String(issue.path[0])],
        ),
      );
      candidate = partialFinding(raw, skip);
    }
    if (candidate === null) return;
    details.push(...checkFinding(candidate, path, index, skip));
    candidates.push({ index: i, finding: candidate, siteChecked: !skip.has('site') });
  });
  details.push(...coexistenceDetails(candidates, index));
  return details.length === 0 ? ok(findings) : validationFailed(details);
}

// `{ side: 'L' | 'R', positive: false }` on a sided pos/neg indicator says "negative on both
// sides", the same as `none`, and is stored as `none` (REFERENCE §2).
function normaliseSide(finding: Finding, index: PackIndex): Finding {
  const shape = index.entries.get(finding.indicator)?.shape;
  const posNeg = shape !== undefined && shape.sided && !shape.perSide && shape.positive === 'flag';
  const oneSide = finding.side === 'L' || finding.side === 'R';
  return posNeg && oneSide && finding.positive === false ? { ...finding, side: 'none' } : finding;
}

/** The fields of a raw finding that passed the structural check, for the pack checks. */
function partialFinding(raw: unknown, bad: ReadonlySet<string>): Partial<Finding> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!bad.has(key)) kept[key] = value;
  const reparsed = FindingSchema.safeParse({ indicator: 'x', phase: 'pre', ...kept });
  if (!reparsed.success) return null;
  const { indicator, phase, ...rest } = reparsed.data;
  return {
    ...rest,
    ...(kept.indicator === undefined ? {} : { indicator }),
    ...(kept.phase === undefined ? {} : { phase }),
  };
}
