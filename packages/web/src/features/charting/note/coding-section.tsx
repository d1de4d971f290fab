import { codingFromSuggestion, type ConfirmedCoding, type VisitRecord } from '@sotchart/contract';
import { blockingProblems, type CodingProblem, type CodingSuggestion } from '@sotchart/engine';
import { Badge } from '../../../ui/badge';
import { Button } from '../../../ui/button';
import { withRecord, type VisitDraft } from '../draft/visit-draft';
import { CodingLinesEditor } from './coding-lines-editor';
import { CodingOverrides } from './coding-overrides';
import { CodingProblems } from './coding-problems';
import { DiagnosesEditor } from './diagnoses-editor';

export interface CodingSectionProps {
  readonly record: VisitRecord;
  /** The engine result's coding suggestion: null when nothing codable is recorded yet. */
  readonly coding: CodingSuggestion | null;
  /** What the coding checks found at the last save; null while the codes on screen are not saved yet. */
  readonly problems: readonly CodingProblem[] | null;
  /** Diagnoses to list after the suggested M99.0x codes: the episode's neuromusculoskeletal ones. */
  readonly secondary: readonly string[];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

function Suggestion({ s }: { readonly s: CodingSuggestion }) {
  return (
    <div className="stack">
      {s.diagnoses.length === 0 ? null : (
        <ul className="plain-list">
          {s.diagnoses.map((d) => (
            <li key={d.code}>
              <strong>{d.code}</strong> {d.regionName}
              {d.segments.length === 0 ? '' : ` (${d.segments.join(', ')})`}{' '}
              {d.partDocumented === false ? <Badge tone="warning">PART not met</Badge> : null}
            </li>
          ))}
        </ul>
      )}
      {s.procedures.map((p) => (
        <p key={p.code}>
          <strong>{p.code}</strong> {p.regions.join(', ').replaceAll('_', ' ')}{' '}
          {p.note === null ? null : <span className="muted">{p.note}</span>}
        </p>
      ))}
      {s.partChecks.map((c) => (
        <p key={c.segment} className="small">
          PART {c.segment}: {c.letters.join(', ') || 'none'} —{' '}
          <Badge tone={c.passed ? 'success' : 'warning'}>{c.summary}</Badge>
        </p>
      ))}
      <p className="small">
        {s.modifier.code === null ? null : <Badge tone="accent">{s.modifier.code}</Badge>}{' '}
        {s.modifier.message}
      </p>
    </div>
  );
}

/**
 * The engine's coding suggestions (ICD-10-CM M99.0x by region, CPT by region count, the PART check
 * per treated segment, the AT/GA hint), and the confirmed coding as claim lines the practitioner edits:
 * diagnoses in order, lines with their modifiers, pointers and units, each check's problem beside what
 * it concerns, and a reason field for each problem a reason may override.
 */
export function CodingSection({ record, coding, problems, secondary, update }: CodingSectionProps) {
  const confirmed = record.coding;
  const change = (edit: (c: ConfirmedCoding) => ConfirmedCoding) =>
    update((d) => withRecord(d, (r) => ({ ...r, coding: edit(r.coding) })));
  const suggested = coding === null ? null : codingFromSuggestion(coding, secondary);
  const same =
    suggested !== null &&
    JSON.stringify(suggested.diagnoses) === JSON.stringify(confirmed.diagnoses) &&
    JSON.stringify(suggested.lines) === JSON.stringify(confirmed.lines);
  const shown = problems ?? [];
  const blocking = blockingProblems(shown, confirmed.overrides).length;
  const empty = confirmed.diagnoses.length === 0 && confirmed.lines.length === 0;
  return (
    <div className="stack coding">
      {coding === null ? (
        <p className="muted">No treatment recorded yet, so no codes to suggest.</p>
      ) : (
        <Suggestion s={coding} />
      )}
      <div className="row-actions">
        {suggested === null ? null : (
          <Button disabled={same} onClick={() => change((c) => ({ ...suggested, overrides: c.overrides }))}>
            {same ? 'Suggested codes confirmed' : 'Confirm suggested codes'}
          </Button>
        )}
        {empty ? null : (
          <Button variant="link" onClick={() => change(() => ({ diagnoses: [], lines: [], overrides: [] }))}>
            Clear codes
          </Button>
        )}
      </div>
      {blocking === 0 ? null : (
        <p className="coding-error" role="status">
          {blocking === 1 ? '1 coding problem blocks' : `${blocking} coding problems block`} signing: correct
          the codes, or give a reason where the rule allows one.
        </p>
      )}
      <DiagnosesEditor coding={confirmed} problems={shown} change={change} />
      <CodingLinesEditor coding={confirmed} problems={shown} change={change} />
      {problems === null ? (
        <p className="muted small" role="status">
          The codes are checked when the draft is saved.
        </p>
      ) : (
        <CodingProblems problems={shown.filter((p) => p.path === 'lines' || p.path === '')} />
      )}
      <CodingOverrides coding={confirmed} problems={shown} change={change} />
    </div>
  );
}
