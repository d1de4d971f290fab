import { codingLineText } from '@sotchart/contract';
import type { VisitDraft } from '../draft/visit-draft';
import { entryText } from '../entry/entry-text';
import { valueOf } from '../entry/entry-value';

/** One field of a draft in words, for comparing two versions side by side. */
export interface DraftField {
  readonly label: string;
  readonly text: string;
  /** A list, one item a line: two versions are compared item by item, not as one text. */
  readonly list?: true;
}

/** An object's filled-in fields, one "field: value" a line (empty ones left out), for comparing. */
function objectLines(value: object): string {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('\n');
}

/** The draft's fields in words: texts as written, findings and treatment as short lists. */
export function describeDraft(d: VisitDraft, name: (id: string) => string): DraftField[] {
  const r = d.record;
  const t = r.treatment;
  const findings = (phase: 'pre' | 'post') =>
    d.findings
      .filter((f) => f.phase === phase)
      .map(
        (f) =>
          `${name(f.indicator)}${f.site?.line === undefined ? '' : ` L${f.site.line}·A${f.site.area ?? ''}`} ${entryText(valueOf(f))}`,
      )
      .join('\n');
  return [
    { label: 'Chief complaint', text: d.chiefComplaint },
    { label: 'Pain', text: d.pain === null ? '' : `${d.pain}/10` },
    { label: 'Subjective', text: r.subjective },
    { label: 'Pre-check findings', text: findings('pre'), list: true },
    { label: 'Post-check findings', text: findings('post'), list: true },
    {
      label: 'Treated category',
      text: d.treatedCategory === null ? '' : `${d.treatedCategory.category}: ${d.treatedCategory.reason}`,
    },
    {
      label: 'Override reasons',
      text: d.overrides.map((o) => `${name(o.contraindication)}: ${o.reason}`).join('\n'),
      list: true,
    },
    {
      label: 'Blocks',
      text: t.blocks.map((b) => `${b.side} ${b.landmark} ${b.minutes} min`).join('\n'),
      list: true,
    },
    {
      label: 'Adjustments',
      text: t.adjustments.map((a) => `${a.segment} ${a.technique}`).join('\n'),
      list: true,
    },
    { label: 'PART', text: r.part.map((p) => `${p.segment} ${p.letters.join('')}`).join('\n'), list: true },
    {
      label: 'Other treatment',
      text: objectLines({ ...t, blocks: undefined, adjustments: undefined }),
      list: true,
    },
    { label: 'Standard exam', text: objectLines(r.exam), list: true },
    { label: 'Assessment', text: r.assessment },
    { label: 'Plan', text: r.plan },
    { label: 'Home care', text: r.homeCare },
    { label: 'SOAP subjective', text: r.soap.subjective },
    { label: 'SOAP objective', text: r.soap.objective },
    { label: 'SOAP assessment', text: r.soap.assessment },
    { label: 'SOAP plan', text: r.soap.plan },
    {
      label: 'Codes',
      text: [...r.coding.diagnoses, ...r.coding.lines.map(codingLineText)].join('\n'),
      list: true,
    },
  ];
}
