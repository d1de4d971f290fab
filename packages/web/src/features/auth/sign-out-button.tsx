import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { unsentDraftCount } from '../charting/draft/unsent-draft-count';
import { useSessionState } from './session-context';

/**
 * Signs out, which wipes this device's working set and drafts (a shared tablet keeps no one's
 * patients); when some edits have not reached the server yet, it asks first rather than lose them.
 */
export function SignOutButton() {
  const { t } = useTranslation('auth');
  const { signOut } = useSessionState();
  const [unsent, setUnsent] = useState(0);
  const start = async (): Promise<void> => {
    const count = await unsentDraftCount().catch(() => 0);
    if (count === 0) await signOut();
    else setUnsent(count);
  };
  return (
    <>
      <Button variant="link" onClick={() => void start()}>
        {t('signOut.button')}
      </Button>
      <Dialog open={unsent > 0} title={t('signOut.unsentTitle')} onClose={() => setUnsent(0)}>
        <p>{t('signOut.unsentBody', { count: unsent })}</p>
        <div className="form-actions">
          <Button variant="primary" onClick={() => setUnsent(0)}>
            {t('signOut.stay')}
          </Button>
          <Button variant="danger" onClick={() => void signOut()}>
            {t('signOut.deleteAndSignOut')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
