import { readFile } from 'node:fs/promises';
import {
  ENGINE_VERSION,
  contraindicationIds,
  defaultPack,
  mergePack,
  parseOverride,
  runEngine,
  validateFindings,
  zodDetails,
  type EngineResult,
  type Finding,
  type ErrorDetail,
  type ProtocolPack,
  type Side,
} from '@sotchart/engine';
import { VisitRecordSchema, engineInputOf } from '@sotchart/contract';
import { z } from 'zod';

const usage = 'Usage: sotchart analyze <file.json> [--json]';

const OverridesSchema = z.array(
  z.strictObject({
    contraindication: z.enum(contraindicationIds),
    reason: z.string().trim().min(1, 'a reason is required'),
  }),
);

/**
 * `sotchart analyze <file.json> [--json]`: runs the SOT engine on a file holding
 * `{ "findings": Finding[], "pack"?: <clinic override>, "overrides"?: [{ "contraindication", "reason" }] }`
 * (and an optional `description`); an inline clinic override is read as revision 1, so its packRef is
 * `sot-standard@1.1.0+clinic.r1`. An optional `record` (the visit record) feeds the coding suggestion.
 * Prints a readable analysis, or the engine result (as a visit stores it) with `--json`.
 * A bad file prints every validation error and exits 2.
 */
export async function analyzeCommand(args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.filter((a) => a.startsWith('-'));
  if (rest.length !== 1 || unknown.length > 0 || rest[0] === undefined) {
    console.error(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.\n${usage}` : usage);
    return 2;
  }
  const file = rest[0];
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? `it is not valid JSON (${error.message})` : 'it cannot be read';
    console.error(`Cannot analyse ${file}: ${reason}.`);
    return 2;
  }
  const parsed = parseFile(input);
  if (!parsed.ok) {
    console.error(`${file} is not a valid analysis file:`);
    for (const d of parsed.details) console.error(`  ${d.path === '' ? '(file)' : d.path}: ${d.message}`);
    return 2;
  }
  const { findings, pack, overrides, record } = parsed;
  // The same assembly as the server and the browser, so all three give the same result.
  const result = runEngine(engineInputOf({ findings, overrides, record }, null), pack);
  if (json) console.log(JSON.stringify(result, null, 2));
  else console.log(describe(result, pack));
  return 0;
}

type ParsedFile =
  | {
      ok: true;
      findings: Finding[];
      pack: ProtocolPack;
      overrides: z.infer<typeof OverridesSchema>;
      record: z.infer<typeof VisitRecordSchema>;
    }
  | { ok: false; details: ErrorDetail[] };

/** Checks the whole file and collects every problem, each under its path in the file. */
function parseFile(input: unknown): ParsedFile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, details: [{ path: '', message: 'expected an object with "findings"' }] };
  const details: ErrorDetail[] = [];
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!['findings', 'pack', 'overrides', 'record', 'description'].includes(key))
      details.push({ path: key, message: 'field not allowed here' });
  if (record.description !== undefined && typeof record.description !== 'string')
    details.push({ path: 'description', message: 'must be text' });

  let pack = defaultPack;
  if (record.pack !== undefined) {
    const override = parseOverride(record.pack, defaultPack);
    if (override.ok) pack = mergePack(defaultPack, override.value, 1);
    else details.push(...prefixed('pack', override.error.details));
  }
  const overrides = OverridesSchema.safeParse(record.overrides ?? []);
  if (!overrides.success) details.push(...zodDetails(overrides.error.issues, 'overrides'));
  const visitRecord = VisitRecordSchema.safeParse(record.record ?? {});
  if (!visitRecord.success) details.push(...zodDetails(visitRecord.error.issues, 'record'));
  if (record.findings === undefined) details.push({ path: 'findings', message: 'required' });
  const findings = record.findings === undefined ? null : validateFindings(record.findings, pack);
  if (findings !== null && !findings.ok) details.push(...prefixed('findings', findings.error.details));

  if (details.length > 0 || findings === null || !findings.ok || !overrides.success || !visitRecord.success)
    return { ok: false, details };
  return { ok: true, findings: findings.value, pack, overrides: overrides.data, record: visitRecord.data };
}

function prefixed(prefix: string, details: readonly ErrorDetail[]): ErrorDetail[] {
  return details.map((d) => ({ path: d.path === '' ? prefix : `${prefix}.${d.path}`, message: d.message }));
}

const sideName = (side: Side | 'L' | 'R' | null | undefined): string =>
  side === 'L'
    ? 'left'
    : side === 'R'
      ? 'right'
      : side === 'bilateral'
        ? 'both sides'
        : side === 'none'
          ? 'none'
          : 'side not set';

/** The readable report: category and reasons, plan, warnings, CMRT, verification, heel lift, note. */
function describe(s: EngineResult, pack: ProtocolPack): string {
  const a = s.analysis;
  const out: string[] = [`SOT analysis (pack ${a.packRef}, engine ${ENGINE_VERSION})`, ''];
  if (a.referral !== null) {
    out.push(
      `RED FLAG (${a.referral.urgency.toUpperCase()}): referral recommended. No SOT procedure and no blocking plan.`,
    );
    for (const id of a.referral.flags) {
      const flag = pack.redFlags.find((r) => r.id === id);
      out.push(`  ${id}: ${flag?.question ?? ''}`);
    }
    out.push(`  ${a.referral.message}`);
  } else {
    const level = a.level === null ? '' : `, ${a.level}`;
    const side = a.side === null ? '' : `, ${sideName(a.side)}`;
    const heading =
      a.category === 'none' || a.category === 'undetermined' ? a.category : `Category ${a.category}`;
    out.push(`${heading}${side}${level}`);
    out.push(`  Rule: ${a.rule.id} (${a.rule.certainty}; ${a.rule.sources.join(', ')})`);
    if (a.counted.length > 0) out.push('  Reasons:');
    for (const c of a.counted) {
      const where = c.site === undefined ? '' : ` ${JSON.stringify(c.site)}`;
      out.push(`    ${c.role} ${c.indicator} (${c.category}) ${sideName(c.side)}${where}`);
    }
    for (const c of a.coexisting)
      out.push(`  Also present: Category ${c.category}, ${sideName(c.side)}, ${c.level}`);
    if (a.examineNext.length > 0) out.push(`  Examine next: ${a.examineNext.join(', ')}`);
  }
  const plan = s.plan;
  if (plan !== null) {
    out.push(
      '',
      `Blocking plan: Category ${plan.category}, ${plan.position}${plan.tentative ? ' (tentative)' : ''}; certainty ${plan.certainty}`,
    );
    if (plan.placement === 'practitioner') out.push('  Blocks: set by practitioner');
    for (const b of plan.blocks)
      out.push(
        `  ${b.order}. ${sideName(b.side)} ${b.landmark.replace('_', ' ')}${b.direction === undefined ? '' : `, ${b.direction}`} [${b.certainty}]`,
      );
    out.push(
      `  Re-check every ${plan.recheckSeconds} s, at most ${plan.maxMinutes} min: ${plan.recheck.join(', ')}`,
    );
    out.push(`  Endpoint: ${plan.endpoint}`, `  Breathing: ${plan.breathing}`);
    if (plan.missing.length > 0) out.push(`  Missing: ${plan.missing.join(', ')}`);
    if (plan.overrideRequired) out.push('  Override reason required before the visit can be signed.');
  }
  if (a.contraindications.length > 0) out.push('', 'Warnings:');
  for (const id of a.contraindications) {
    const warning = plan?.warnings.find((w) => w.contraindication === id)?.message;
    out.push(`  ! ${id}: ${warning ?? pack.contraindications.find((c) => c.id === id)?.warning ?? ''}`);
  }
  if (s.cmrt.length > 0) out.push('', 'CMRT (occipital fibres):');
  for (const t of s.cmrt) {
    const recorded = t.recordedLevel === null ? '' : `; recorded ${t.recordedLevel}`;
    const viscera = t.viscera.map((v) => `${v.level} ${v.organ}`).join(', ');
    out.push(
      `  line ${t.line} area ${t.area} ${sideName(t.side)} grade ${t.grade}: ${t.lineName}; ${t.levelNote}${recorded}`,
    );
    if (viscera !== '') out.push(`    ${viscera} (${t.visceraNote ?? ''})`);
  }
  const changed = s.verification.items.filter((i) => i.change !== 'not_rechecked');
  if (changed.length > 0) {
    const { positiveCleared, positivePre } = s.verification.summary;
    out.push('', `Post-check: ${positiveCleared} of ${positivePre} positive findings cleared`);
    for (const i of changed)
      out.push(
        `  ${i.indicator}${i.site === undefined ? '' : ` ${JSON.stringify(i.site)}`}${i.side === null ? '' : ` ${sideName(i.side)}`}: ${i.change.replace('_', ' ')}`,
      );
  }
  if (s.heelLift !== null) out.push('', `Heel lift: ${s.heelLift.message}`);
  out.push('', `Note: ${a.evidenceNote}`);
  return out.join('\n');
}
