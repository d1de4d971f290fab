import type { EngineResult } from '@sotchart/engine';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { chartingApi } from '../../../api/visits-api';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import type { VisitDraftControl } from '../draft/use-visit-draft';
import { signBlockers } from './sign-blockers';

export interface SignSectionProps {
  readonly control: VisitDraftControl;
  readonly engine: EngineResult;
  readonly name: (id: string) => string;
}

function signError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'OVERRIDE_REASON_REQUIRED')
    return 'The server needs your reason to proceed despite the contraindication before signing.';
  if (error instanceof ApiError && error.code === 'NETWORK')
    return 'Signing needs the connection; your edits are kept on this device.';
  return error instanceof Error ? error.message : String(error);
}

/** Signs the visit once everything is saved; while something blocks it, says what. */
export function SignSection({ control, engine, name }: SignSectionProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blockers = signBlockers(control.draft, engine, control.saveState, name);
  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      if (!(await control.flush())) {
        setError(
          navigator.onLine
            ? 'The latest edits are not saved yet; try again.'
            : signError(new ApiError(0, 'NETWORK', '')),
        );
        return;
      }
      control.signed(await chartingApi.sign(control.visit.id, control.version()));
    } catch (e) {
      setError(signError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div id="sign" className="stack sign-section" tabIndex={-1}>
      {blockers.length === 0 ? null : (
        <Alert tone="warning">
          <p>Signing is blocked:</p>
          <ul>
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Alert>
      )}
      {error === null ? null : <Alert tone="danger">{error}</Alert>}
      <div className="row-actions">
        <Button variant="primary" busy={busy} disabled={blockers.length > 0} onClick={() => void sign()}>
          Sign visit
        </Button>
        <span className="muted small">Signing freezes the visit; later changes go in addenda.</span>
      </div>
    </div>
  );
}
