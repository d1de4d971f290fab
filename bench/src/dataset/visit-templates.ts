import { VisitRecordSchema, engineInputOf } from '@sotchart/contract';
import { defaultPack, runEngine, siteSideKey, type Finding } from '@sotchart/engine';
import { categoryFindings, screenFindings, type DemoCategory } from '@sotchart/server/demo/demo-findings';
import { engineColumns } from '@sotchart/server/db/repositories/visit.repository';

/** A finding as the finding table stores it, without its ids. */
export interface FindingColumns {
  readonly position: number;
  readonly phase: string;
  readonly indicator: string;
  readonly site_key: string;
  readonly site: string | null;
  readonly side: string | null;
  readonly positive: number | null;
  readonly grade: number | null;
  readonly degrees: number | null;
  readonly mm: number | null;
  readonly symptom_reproduced: number | null;
}

/** One visit's findings and the engine's snapshot of them, as stored text, computed once and reused. */
export interface VisitTemplate {
  readonly category: DemoCategory;
  readonly findings: readonly Finding[];
  readonly findingColumns: readonly FindingColumns[];
  /** The engine result's columns, as a draft save stores them. */
  readonly snapshot: ReturnType<typeof engineColumns>;
  readonly record: string;
}

/** A boolean as its column stores it: 1, 0, or null when absent. */
const storedBoolean = (v: boolean | undefined): number | null => (v === undefined ? null : v ? 1 : 0);

function columnsOf(findings: readonly Finding[]): FindingColumns[] {
  return findings.map((f, position) => ({
    position,
    phase: f.phase,
    indicator: f.indicator,
    site_key: siteSideKey(f),
    site: f.site === undefined ? null : JSON.stringify(f.site),
    side: f.side ?? null,
    positive: storedBoolean(f.positive),
    grade: f.grade ?? null,
    degrees: f.degrees ?? null,
    mm: f.mm ?? null,
    symptom_reproduced: storedBoolean(f.symptomReproduced),
  }));
}

const categories: readonly DemoCategory[] = ['I', 'II', 'III'];
const sides = ['L', 'R'] as const;
/** Courses of care ease over this many visits, then stay at the last stage. */
export const stages = 5;

/**
 * Every (category, side, stage) visit the generator writes: the demo clinic's realistic SOT pre- and
 * post-checks (20 findings with the red-flag and contraindication screen), analysed by the engine with
 * the default pack exactly as a draft save would, so stored rows match what the server itself writes.
 */
export function visitTemplates(): Map<string, VisitTemplate> {
  const templates = new Map<string, VisitTemplate>();
  const visitRecord = VisitRecordSchema.parse({ subjective: 'Low back ache, better after the last visit.' });
  const record = JSON.stringify(visitRecord);
  for (const category of categories) {
    for (const side of sides) {
      for (let stage = 0; stage < stages; stage += 1) {
        const findings = [...screenFindings(), ...categoryFindings(category, side, stage)];
        const result = runEngine(
          engineInputOf({ findings, overrides: [], record: visitRecord }, null),
          defaultPack,
        );
        templates.set(templateKey(category, side, stage), {
          category,
          findings,
          findingColumns: columnsOf(findings),
          snapshot: engineColumns(result),
          record,
        });
      }
    }
  }
  return templates;
}

export function templateKey(category: DemoCategory, side: 'L' | 'R', stage: number): string {
  return `${category}-${side}-${Math.min(stage, stages - 1)}`;
}

export { categories as templateCategories };
