import type { BlockingPlan } from '@sotchart/engine';
import { codingSuggestionRows } from '../../interop/coding/coding-suggestion-rows';
import { printedDate } from '../../services/clinic-date';
import { table } from '../report-table';
import { bullets, heading, keyValues, subheading } from '../report-text';
import { certaintyWords, planCertaintyWords } from './certainty-wording';
import { landmarkLabels } from './clinical-labels';
import { nameIn, type VisitNoteSnapshot } from './visit-note-snapshot';

const sideWords = { L: 'Left', R: 'Right' } as const;

/** What was done: blocks, adjustments and the other procedures, home care and the plan in words. */
function treatment(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const { visit } = s;
  const t = visit.record.treatment;
  const plan = visit.engine.plan;
  const blocks = t.blocks.map(
    (b) => `${sideWords[b.side]} ${landmarkLabels[b.landmark] ?? b.landmark}, ${b.minutes} min`,
  );
  const rows: [string, string][] = [
    [
      'Blocking',
      blocks.length === 0
        ? ''
        : `${plan === null ? '' : `${plan.position === 'prone' ? 'Prone' : 'Supine'}: `}${blocks.join('; ')}`,
    ],
    [
      'Adjustments',
      t.adjustments.map((a) => `${a.segment} ${a.technique}${a.listing ? ` (${a.listing})` : ''}`).join('; '),
    ],
    ['CMRT', t.cmrt.map((c) => `${c.level}${c.note ? ` (${c.note})` : ''}`).join('; ')],
    [
      'Cranial',
      t.cranial.map((c) => [c.structure, c.direction, c.breathPhase].filter(Boolean).join(', ')).join('; '),
    ],
    [
      'Extremity',
      t.extremity.map((e) => `${e.joint} ${e.side}${e.direction ? ` ${e.direction}` : ''}`).join('; '),
    ],
    [
      'Instrument',
      t.instrument
        .map((i) => `${i.device} force ${i.force}, ${i.thrust}${i.segment ? ` at ${i.segment}` : ''}`)
        .join('; '),
    ],
    [
      'Sitting disc',
      t.sittingDisc
        .map((d) => `${d.level}${d.slrPre === undefined ? '' : ` SLR ${d.slrPre}° → ${d.slrPost ?? '–'}°`}`)
        .join('; '),
    ],
    ['Home care', visit.record.homeCare],
    ['Plan', [visit.record.plan, visit.record.soap.plan].filter((p) => p.trim() !== '').join(' ')],
  ];
  keyValues(
    doc,
    rows.filter(([label, value]) => value.trim() !== '' || label === 'Blocking' || label === 'Adjustments'),
  );
}

/** The suggested blocks, each with its own certainty in words. */
function suggestedBlocks(doc: PDFKit.PDFDocument, plan: BlockingPlan): void {
  table(
    doc,
    [
      { header: 'Order', width: 0.8 },
      { header: 'Block', width: 2.4 },
      { header: 'Direction', width: 3.4 },
      { header: 'Certainty', width: 1.8 },
    ],
    plan.blocks.map((b) => [
      String(b.order),
      `${b.side === null ? '' : `${sideWords[b.side]} `}${landmarkLabels[b.landmark] ?? b.landmark}`,
      b.direction ?? '—',
      certaintyWords[b.certainty],
    ]),
  );
}

/**
 * The engine's blocking plan as stored: position, the plan's certainty (the weakest of its parts) and
 * each block's own, what was missing, and each contraindication warning with the override reason.
 */
function suggestedPlan(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const plan = s.visit.engine.plan;
  if (plan === null) return;
  subheading(doc, 'Blocking plan suggested by the protocol');
  const reasons = new Map(s.visit.overrides.map((o) => [o.contraindication, o.reason]));
  keyValues(doc, [
    [
      'Suggested',
      `Category ${plan.category}, ${plan.position}${plan.tentative ? ', tentative' : ''}${plan.missing.length === 0 ? '' : ` (not examined: ${plan.missing.map((id) => nameIn(s, id)).join(', ')})`}`,
    ],
    ['Plan certainty', `${planCertaintyWords(plan)} (the weakest of the placement and its blocks)`],
    ...(plan.placement === 'practitioner'
      ? [['Blocks', 'Set by practitioner: no published placement to suggest'] as [string, string]]
      : []),
    ...plan.warnings.map((w): [string, string] => [
      'Contraindication',
      `${w.message}${reasons.has(w.contraindication) ? ` Override reason: ${reasons.get(w.contraindication)}` : ''}`,
    ]),
  ]);
  if (plan.blocks.length > 0) suggestedBlocks(doc, plan);
}

/** P: treatment given, the suggested plan with its certainty, codes, and the episode's plan of care. */
export function planSection(doc: PDFKit.PDFDocument, s: VisitNoteSnapshot): void {
  const { visit, episode } = s;
  heading(doc, 'P — Treatment and plan');
  treatment(doc, s);
  suggestedPlan(doc, s);
  const { coding } = visit.record;
  if (coding.diagnoses.length + coding.procedures.length > 0)
    keyValues(doc, [
      ['Confirmed diagnoses', coding.diagnoses.join(', ')],
      [
        'Confirmed procedures',
        `${coding.procedures.join(', ')}${coding.modifiers.length === 0 ? '' : ` (modifiers ${coding.modifiers.join(', ')})`}`,
      ],
    ]);
  // The engine's stored suggestion, for the practitioner to confirm; confirmed codes are above.
  if (visit.engine.coding !== null) keyValues(doc, codingSuggestionRows(visit.engine.coding));
  if (episode === null) return;
  const p = episode.plan;
  keyValues(doc, [
    [
      'Plan of care',
      [
        p.visitsPerWeek === null ? null : `${p.visitsPerWeek} visit(s) a week`,
        p.durationWeeks === null ? null : `for ${p.durationWeeks} weeks`,
        p.reExamDate === null ? null : `re-exam ${printedDate(p.reExamDate)}`,
      ]
        .filter((x) => x !== null)
        .join(', '),
    ],
  ]);
  if (p.goals.length > 0)
    bullets(
      doc,
      p.goals.map(
        (g) =>
          `${g.description}: ${g.target} by ${printedDate(g.targetDate)}${g.achieved ? ' (achieved)' : ''}`,
      ),
    );
}
