import { ok, validationFailed, type ErrorDetail, type Result } from '../errors';
import { indexPack } from '../protocol/pack-index';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { zodDetails } from '../zod-details';
import { checkFinding } from './check-finding';
import { FindingSchema, type Finding } from './finding';
import { findingKey } from './site-key';

/**
 * Validates a visit's findings against a protocol pack and reports every problem with its index and
 * field (`3.side`), not only the first: structure and ranges, unknown or disabled indicators, fields
 * the indicator's result shape does not allow or lacks, a second finding with the same indicator,
 * phase and site, and `side: 'none'` with a positive result.
 *
 * Source: REFERENCE §2 ("Invalid").
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
  const firstIndexOf = new Map<string, number>();
  input.forEach((raw: unknown, i) => {
    const path = String(i);
    const parsed = FindingSchema.safeParse(raw);
    let candidate: Partial<Finding> | null;
    let skip: ReadonlySet<string>;
    if (parsed.success) {
      candidate = parsed.data;
      skip = new Set();
      findings.push(parsed.data);
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
    if (candidate.indicator === undefined || candidate.phase === undefined || skip.has('site')) return;
    const key = findingKey({ indicator: candidate.indicator, phase: candidate.phase, site: candidate.site });
    const first = firstIndexOf.get(key);
    if (first === undefined) firstIndexOf.set(key, i);
    else
      details.push({
        path: `${path}.${candidate.site === undefined ? 'indicator' : 'site'}`,
        message: `same indicator, phase and site as finding ${first}: one finding per indicator, phase and site`,
      });
  });
  return details.length === 0 ? ok(findings) : validationFailed(details);
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
