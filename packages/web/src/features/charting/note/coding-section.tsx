import type { VisitRecord } from '@sotchart/contract';
import type { CodingSuggestion } from '@sotchart/engine';
import { Badge } from '../../../ui/badge';
import { Button } from '../../../ui/button';
import { withRecord, type VisitDraft } from '../draft/visit-draft';

export interface CodingSectionProps {
  readonly record: VisitRecord;
  /** The engine result's coding suggestion: null when nothing codable is recorded yet. */
  readonly coding: CodingSuggestion | null;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/**
 * The engine's coding suggestions (ICD-10-CM M99.0x by region, CPT by region count, the PART check
 * per treated segment, the AT/GA hint); the practitioner confirms them into the record.
 */
export function CodingSection({ record, coding, update }: CodingSectionProps) {
  if (coding === null) return <p className="muted">No treatment recorded yet, so no codes to suggest.</p>;
  const s = coding;
  const confirmed = record.coding;
  const suggested = {
    diagnoses: s.diagnoses.map((d) => d.code),
    procedures: s.procedures.map((p) => p.code),
    modifiers: s.modifier.code === null ? [] : [s.modifier.code],
  };
  const same =
    JSON.stringify(suggested) ===
    JSON.stringify({
      diagnoses: confirmed.diagnoses,
      procedures: confirmed.procedures,
      modifiers: confirmed.modifiers,
    });
  const empty = suggested.diagnoses.length === 0 && suggested.procedures.length === 0;
  return (
    <div className="stack coding">
      {empty ? <p className="muted">No treatment recorded yet, so no codes to suggest.</p> : null}
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
      {empty ? null : (
        <div className="row-actions">
          <Button
            disabled={same}
            onClick={() => update((d) => withRecord(d, (r) => ({ ...r, coding: suggested })))}
          >
            {same ? 'Suggested codes confirmed' : 'Confirm suggested codes'}
          </Button>
          {confirmed.diagnoses.length + confirmed.procedures.length === 0 ? null : (
            <span className="small">
              In the record:{' '}
              {[...confirmed.diagnoses, ...confirmed.procedures, ...confirmed.modifiers].join(', ')}{' '}
              <Button
                variant="link"
                onClick={() =>
                  update((d) =>
                    withRecord(d, (r) => ({
                      ...r,
                      coding: { diagnoses: [], procedures: [], modifiers: [] },
                    })),
                  )
                }
              >
                Clear codes
              </Button>
            </span>
          )}
        </div>
      )}
    </div>
  );
}
