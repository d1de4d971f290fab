import { ErrorCode, attestationStatement } from '@sotchart/contract';
import type { EngineResult, ProtocolPack } from '@sotchart/engine';
import { useEffect, useId, useState } from 'react';
import { ApiError, hasErrorCode, type ApiErrorDetail } from '../../../api/api-error';
import { chartingApi } from '../../../api/visits-api';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { Dialog } from '../../../ui/dialog';
import { useSession } from '../../auth/session-context';
import type { VisitDraftControl } from '../draft/use-visit-draft';
import { unansweredScreen } from '../screen/screen-answers';
import { CodingRefused } from './coding-refused';
import { signBlockers } from './sign-blockers';
import { credentialsLine, signedName } from './signer-credentials';

export interface SignSectionProps {
  readonly control: VisitDraftControl;
  readonly engine: EngineResult;
  readonly pack: ProtocolPack;
  readonly name: (id: string) => string;
  /** Opens the red-flag screen again, to answer the questions signing still needs. */
  readonly onReviewScreen: () => void;
}

function signError(error: unknown): string {
  if (error instanceof ApiError && error.code === ErrorCode.OVERRIDE_REASON_REQUIRED)
    return 'The server needs your reason to proceed despite the contraindication before signing.';
  if (error instanceof ApiError && error.code === ErrorCode.NETWORK)
    return 'Signing needs the connection; your edits are kept on this device.';
  return error instanceof Error ? error.message : String(error);
}

/** The screen ids a SCREEN_INCOMPLETE answer names, one detail per question (`findings.<id>`). */
function missingIds(error: ApiError): string[] {
  return error.details.map((d) => d.path.replace(/^findings\./, ''));
}

/** The screen questions still unanswered, by name, with the way back to the screen. */
function ScreenIncomplete({
  ids,
  name,
  onReview,
}: {
  readonly ids: readonly string[];
  readonly name: (id: string) => string;
  readonly onReview: () => void;
}) {
  return (
    <Alert tone="warning">
      <p>Signing needs every red-flag and contraindication question answered. Not answered yet:</p>
      <ul className="screen-missing">
        {ids.map((id) => (
          <li key={id}>{name(id)}</li>
        ))}
      </ul>
      <div className="row-actions">
        <Button onClick={onReview}>Answer them on the screen</Button>
      </div>
    </Alert>
  );
}

/**
 * Signs the visit once everything is saved; while something blocks it, says what. Signing opens an
 * attestation step with the signer's name as signed and credentials (from their profile); confirming
 * it sends the attestation with the signature.
 */
export function SignSection({ control, engine, pack, name, onReviewScreen }: SignSectionProps) {
  const { user } = useSession();
  const confirmId = useId();
  const [attesting, setAttesting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverMissing, setServerMissing] = useState<readonly string[] | null>(null);
  const [codingRefusal, setCodingRefusal] = useState<readonly ApiErrorDetail[]>([]);
  const blockers = signBlockers(control.draft, engine, control.saveState, name);
  const unanswered = unansweredScreen(pack, control.draft.findings);
  const missing = unanswered.length > 0 ? unanswered : (serverMissing ?? []);
  const signer = signedName(user);
  const credentials = credentialsLine(user.profile);

  // The dialog opens in its own effect (a child's runs first); then the confirm button takes the focus.
  useEffect(() => {
    if (attesting) document.getElementById(confirmId)?.focus();
  }, [attesting, confirmId]);

  const review = () => {
    setServerMissing(null);
    onReviewScreen();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    setServerMissing(null);
    setCodingRefusal([]);
    try {
      if (!(await control.flush())) {
        setAttesting(false);
        setError(
          navigator.onLine
            ? 'The latest edits are not saved yet; try again.'
            : signError(new ApiError(0, ErrorCode.NETWORK, '')),
        );
        return;
      }
      const signed = await chartingApi.sign(control.visit.id, control.version(), true);
      setAttesting(false);
      control.signed(signed);
    } catch (e) {
      setAttesting(false);
      if (hasErrorCode(e, ErrorCode.SCREEN_INCOMPLETE)) setServerMissing(missingIds(e));
      else if (hasErrorCode(e, ErrorCode.CODING_INVALID)) setCodingRefusal(e.details);
      else setError(signError(e));
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
      {missing.length === 0 ? null : <ScreenIncomplete ids={missing} name={name} onReview={review} />}
      <CodingRefused details={codingRefusal} />
      {error === null ? null : <Alert tone="danger">{error}</Alert>}
      <div className="row-actions">
        <Button
          variant="primary"
          disabled={blockers.length > 0 || unanswered.length > 0}
          onClick={() => {
            setError(null);
            setAttesting(true);
          }}
        >
          Sign visit
        </Button>
        <span className="muted small">Signing freezes the visit; later changes go in addenda.</span>
      </div>
      <Dialog
        open={attesting}
        title="Sign this visit"
        {...(busy ? {} : { onClose: () => setAttesting(false) })}
      >
        <div className="attestation stack" data-attestation="">
          <div>
            <p className="muted small">Signing as</p>
            <p className="attestation-name">{signer}</p>
            {credentials === '' ? (
              <p className="muted">
                No degree or licence in your profile; the note shows your name only. The clinic owner can add
                them under Users.
              </p>
            ) : (
              <p className="attestation-credentials">{credentials}</p>
            )}
          </div>
          <p className="attestation-statement">{attestationStatement(signer)}</p>
          <p className="muted small">
            Once signed, the note and its PDF are frozen; corrections and later information go in signed
            addenda. Escape cancels.
          </p>
          <div className="row-actions">
            <Button id={confirmId} variant="primary" busy={busy} onClick={() => void confirm()}>
              Confirm and sign
            </Button>
            <Button disabled={busy} onClick={() => setAttesting(false)}>
              Cancel
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
