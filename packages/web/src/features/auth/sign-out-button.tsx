import { useState } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { unsentDraftCount } from '../charting/draft/offline-store';
import { useSessionState } from './session-context';

/**
 * Signs out, which wipes this device's working set and drafts (a shared tablet keeps no one's
 * patients); when some edits have not reached the server yet, it asks first rather than lose them.
 */
export function SignOutButton() {
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
        Sign out
      </Button>
      <Dialog open={unsent > 0} title="Edits not on the server yet" onClose={() => setUnsent(0)}>
        <p>
          {unsent === 1 ? 'One visit has edits' : `${unsent} visits have edits`} kept on this device only: the
          server has not received them yet. Signing out deletes them from this device.
        </p>
        <div className="form-actions">
          <Button variant="primary" onClick={() => setUnsent(0)}>
            Stay signed in
          </Button>
          <Button variant="danger" onClick={() => void signOut()}>
            Sign out and delete them
          </Button>
        </div>
      </Dialog>
    </>
  );
}
