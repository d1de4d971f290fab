import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import type { FieldSpec } from './patient-draft';

export interface PatientConflictProps<K extends string> {
  /** The form's fields: its demographics or its medical history. */
  readonly fields: readonly FieldSpec<K>[];
  readonly mine: Readonly<Record<K, string>>;
  /** The record as stored, from the VERSION_CONFLICT answer, as a draft of the same form. */
  readonly theirs: Readonly<Record<K, string>>;
  readonly onKeepMine: () => void;
  readonly onUseTheirs: () => void;
}

/**
 * Someone else saved the patient first. Both versions are shown field by field; the user keeps theirs
 * or their own, and neither is lost until they choose.
 */
export function PatientConflict<K extends string>({
  fields,
  mine,
  theirs: stored,
  onKeepMine,
  onUseTheirs,
}: PatientConflictProps<K>) {
  const differing = fields.filter((f) => stored[f.key].trim() !== mine[f.key].trim());
  return (
    <Alert tone="warning">
      <p>
        <strong>Someone else saved this patient while you were editing.</strong> Your changes are still in the
        form. Choose which version to keep.
      </p>
      {differing.length === 0 ? (
        <p>Their changes match yours.</p>
      ) : (
        <table className="table compact">
          <caption className="visually-hidden">Fields that differ</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours</th>
              <th scope="col">Saved by the other user</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td className="pre-wrap">{mine[f.key] || '—'}</td>
                <td className="pre-wrap">{stored[f.key] || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <Button variant="primary" onClick={onKeepMine}>
          Save mine over theirs
        </Button>
        <Button onClick={onUseTheirs}>Use theirs</Button>
      </div>
    </Alert>
  );
}
