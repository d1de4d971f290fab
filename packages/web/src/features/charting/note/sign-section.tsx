import { ErrorCode } from '@sotchart/contract';
import type { EngineResult, ProtocolPack } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
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
import { CredentialsLine } from './credentials-line';
import { credentialParts, signedName } from './signer-credentials';

export interface SignSectionProps {
  readonly control: VisitDraftControl;
  readonly engine: EngineResult;
  readonly pack: ProtocolPack;
  readonly name: (id: string) => string;
  /** Opens the red-flag screen again, to answer the questions signing still needs. */
  readonly onReviewScreen: () => void;
}

function signError(error: unknown, t: TFunction<'chartingNote'>): string {
  if (error instanceof ApiError && error.code === ErrorCode.OVERRIDE_REASON_REQUIRED)
    return t('sign.error.overrideReason');
  if (error instanceof ApiError && error.code === ErrorCode.NETWORK) return t('sign.error.network');
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
  const { t } = useTranslation('chartingNote');
  return (
    <Alert tone="warning">
      <p>{t('sign.screenIncomplete')}</p>
      <ul className="screen-missing">
        {ids.map((id) => (
          <li key={id}>{name(id)}</li>
        ))}
      </ul>
      <div className="row-actions">
        <Button onClick={onReview}>{t('sign.answerOnScreen')}</Button>
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
  const { t } = useTranslation('chartingNote');
  const confirmId = useId();
  const [attesting, setAttesting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverMissing, setServerMissing] = useState<readonly string[] | null>(null);
  const [codingRefusal, setCodingRefusal] = useState<readonly ApiErrorDetail[]>([]);
  const blockers = signBlockers(control.draft, engine, control.saveState, name, t);
  const unanswered = unansweredScreen(pack, control.draft.findings);
  const missing = unanswered.length > 0 ? unanswered : (serverMissing ?? []);
  const signer = signedName(user);
  const credentials = credentialParts(user.profile, t);

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
          navigator.onLine ? t('sign.error.notSaved') : signError(new ApiError(0, ErrorCode.NETWORK, ''), t),
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
      else setError(signError(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div id="sign" className="stack sign-section" tabIndex={-1}>
      {blockers.length === 0 ? null : (
        <Alert tone="warning">
          <p>{t('sign.blocked')}</p>
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
          {t('sign.button')}
        </Button>
        <span className="muted small">{t('sign.freezes')}</span>
      </div>
      <Dialog
        open={attesting}
        title={t('sign.dialogTitle')}
        {...(busy ? {} : { onClose: () => setAttesting(false) })}
      >
        <div className="attestation stack" data-attestation="">
          <div>
            <p className="muted small">{t('sign.signingAs')}</p>
            <p className="attestation-name" translate="no">
              {signer}
            </p>
            {credentials === null ? (
              <p className="muted">{t('sign.noCredentials')}</p>
            ) : (
              <p className="attestation-credentials">
                <CredentialsLine parts={credentials} />
              </p>
            )}
          </div>
          <p className="attestation-statement">{t('sign.attestation', { name: signer })}</p>
          <p className="muted small">{t('sign.frozenHint')}</p>
          <div className="row-actions">
            <Button id={confirmId} variant="primary" busy={busy} onClick={() => void confirm()}>
              {t('sign.confirm')}
            </Button>
            <Button disabled={busy} onClick={() => setAttesting(false)}>
              {t('sign.cancel')}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
