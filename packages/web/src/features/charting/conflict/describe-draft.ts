import { codingLineText } from '@sotchart/contract';
import type { TFunction } from '@sotchart/i18n';
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
export function describeDraft(
  d: VisitDraft,
  name: (id: string) => string,
  t: TFunction<'chartingNote'>,
): DraftField[] {
  const r = d.record;
  const treatment = r.treatment;
  const findings = (phase: 'pre' | 'post') =>
    d.findings
      .filter((f) => f.phase === phase)
      .map(
        (f) =>
          `${name(f.indicator)}${f.site?.line === undefined ? '' : ` L${f.site.line}·A${f.site.area ?? ''}`} ${entryText(valueOf(f))}`,
      )
      .join('\n');
  return [
    { label: t('field.chiefComplaint'), text: d.chiefComplaint },
    { label: t('field.pain'), text: d.pain === null ? '' : t('field.painValue', { pain: d.pain }) },
    { label: t('field.subjective'), text: r.subjective },
    { label: t('field.preFindings'), text: findings('pre'), list: true },
    { label: t('field.postFindings'), text: findings('post'), list: true },
    {
      label: t('field.treatedCategory'),
      text: d.treatedCategory === null ? '' : `${d.treatedCategory.category}: ${d.treatedCategory.reason}`,
    },
    {
      label: t('field.overrideReasons'),
      text: d.overrides.map((o) => `${name(o.contraindication)}: ${o.reason}`).join('\n'),
      list: true,
    },
    {
      label: t('field.blocks'),
      text: treatment.blocks
        .map((b) => t('field.block', { side: b.side ?? '', landmark: b.landmark, minutes: b.minutes }))
        .join('\n'),
      list: true,
    },
    {
      label: t('field.adjustments'),
      text: treatment.adjustments.map((a) => `${a.segment} ${a.technique}`).join('\n'),
      list: true,
    },
    {
      label: t('field.part'),
      text: r.part.map((p) => `${p.segment} ${p.letters.join('')}`).join('\n'),
      list: true,
    },
    {
      label: t('field.otherTreatment'),
      text: objectLines({ ...treatment, blocks: undefined, adjustments: undefined }),
      list: true,
    },
    { label: t('field.exam'), text: objectLines(r.exam), list: true },
    { label: t('field.assessment'), text: r.assessment },
    { label: t('field.plan'), text: r.plan },
    { label: t('field.homeCare'), text: r.homeCare },
    { label: t('field.soapSubjective'), text: r.soap.subjective },
    { label: t('field.soapObjective'), text: r.soap.objective },
    { label: t('field.soapAssessment'), text: r.soap.assessment },
    { label: t('field.soapPlan'), text: r.soap.plan },
    {
      label: t('field.codes'),
      text: [...r.coding.diagnoses, ...r.coding.lines.map(codingLineText)].join('\n'),
      list: true,
    },
  ];
}
