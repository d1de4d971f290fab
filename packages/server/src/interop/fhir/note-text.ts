import { codingLineText, type Addendum, type Clinic, type Patient, type Visit } from '@sotchart/contract';
import type { ExportPractitioner } from './export-record';

const signerName = (p: ExportPractitioner | undefined, id: string | null) =>
  p === undefined ? (id ?? 'unknown') : p.nameAsSigned.trim() === '' ? p.displayName : p.nameAsSigned;

function findingLine(f: Visit['findings'][number], names: ReadonlyMap<string, string>): string {
  const parts = [names.get(f.indicator) ?? f.indicator];
  if (f.side !== undefined) parts.push(`side ${f.side}`);
  if (f.site !== undefined)
    parts.push(
      Object.entries(f.site)
        .map(([k, v]) => `${k} ${String(v)}`)
        .join(', '),
    );
  if (f.positive !== undefined) parts.push(f.positive ? 'positive' : 'negative');
  if (f.grade !== undefined) parts.push(`grade ${f.grade}`);
  if (f.mm !== undefined) parts.push(`${f.mm} mm`);
  if (f.degrees !== undefined) parts.push(`${f.degrees}°`);
  if (f.symptomReproduced !== undefined)
    parts.push(f.symptomReproduced ? 'symptom reproduced' : 'no symptom');
  if (f.note !== undefined && f.note !== '') parts.push(`note: ${f.note}`);
  return `  ${parts.join('; ')}`;
}

/**
 * The signed note as plain text, the content of its DocumentReference: every charted section in the
 * order of the visit, the confirmed codes and the signature line.
 */
export function visitNoteText(
  visit: Visit,
  patient: Patient,
  clinic: Clinic,
  practitioners: ReadonlyMap<string, ExportPractitioner>,
  names: ReadonlyMap<string, string>,
): string {
  const r = visit.record;
  const section = (title: string, text: string) => (text.trim() === '' ? [] : ['', `${title}:`, text.trim()]);
  const t = r.treatment;
  const treatment = [
    ...t.blocks.map((b) => `  Block ${b.side} ${b.landmark.replace('_', ' ')}, ${b.minutes} min`),
    ...t.adjustments.map(
      (a) => `  Adjusted ${a.segment}: ${a.technique}${a.listing ? ` (${a.listing})` : ''}`,
    ),
    ...t.cmrt.map((c) => `  CMRT ${c.level}${c.note ? `: ${c.note}` : ''}`),
    ...t.cranial.map((c) => `  Cranial ${c.structure}${c.direction ? ` ${c.direction}` : ''}`),
    ...t.extremity.map((e) => `  Extremity ${e.side} ${e.joint}${e.direction ? ` ${e.direction}` : ''}`),
    ...t.instrument.map(
      (d) => `  ${d.device} force ${d.force}, ${d.thrust}${d.segment ? ` at ${d.segment}` : ''}`,
    ),
    ...t.sittingDisc.map((s) => `  Sitting Disc ${s.level}`),
    ...t.muscleTests.map((m) => `  Muscle test ${m.muscle} ${m.side} ${m.result} (${m.phase})`),
  ];
  const a = visit.engine.analysis;
  const coding = r.coding;
  const lines = [
    clinic.name,
    `Visit note: ${patient.familyName}, ${patient.givenName} (chart ${patient.chartNumber})`,
    `Date: ${visit.visitAt}  Type: ${visit.type.replace('_', ' ')}`,
    `Practitioner: ${signerName(practitioners.get(visit.practitionerId), visit.practitionerId)}`,
    ...section('Chief complaint', visit.chiefComplaint),
    ...(visit.pain === null ? [] : ['', `Pain: ${visit.pain}/10`]),
    ...section('Subjective', r.subjective),
    '',
    'Pre-check:',
    ...visit.findings.filter((f) => f.phase === 'pre').map((f) => findingLine(f, names)),
    '',
    `SOT category: ${a.category}${a.side === null ? '' : `, side ${a.side}`}${a.level === null ? '' : `, ${a.level}`}`,
    ...(a.referral === null ? [] : [`Referral: ${a.referral.message}`]),
    ...(visit.treatedCategory === null
      ? []
      : [`Treated as Category ${visit.treatedCategory.category}: ${visit.treatedCategory.reason}`]),
    ...(treatment.length === 0 ? [] : ['', 'Treatment:', ...treatment]),
    ...(r.part.length === 0
      ? []
      : ['', 'PART:', ...r.part.map((p) => `  ${p.segment}: ${p.letters.join('')}`)]),
    '',
    'Post-check:',
    ...visit.findings.filter((f) => f.phase === 'post').map((f) => findingLine(f, names)),
    ...section('Assessment', r.assessment),
    ...section('Plan', r.plan),
    ...section('Home care', r.homeCare),
    ...section('SOAP subjective', r.soap.subjective),
    ...section('SOAP objective', r.soap.objective),
    ...section('SOAP assessment', r.soap.assessment),
    ...section('SOAP plan', r.soap.plan),
    '',
    `Diagnoses: ${coding.diagnoses.join(', ') || 'none confirmed'}`,
    `Procedures: ${coding.lines.map(codingLineText).join('; ') || 'none confirmed'}`,
    '',
    `Electronically signed by ${signerName(practitioners.get(visit.signedBy ?? ''), visit.signedBy)} at ${visit.signedAt ?? ''}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** An addendum as plain text. */
export function addendumText(a: Addendum, practitioners: ReadonlyMap<string, ExportPractitioner>): string {
  return `Addendum ${a.seq}\n\n${a.text}\n\nSigned by ${signerName(practitioners.get(a.authorId), a.authorId)} at ${a.signedAt}\n`;
}
