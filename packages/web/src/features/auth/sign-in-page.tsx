import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { safeNext } from './safe-next';
import { useSessionState } from './session-context';
import { SignInForm } from './sign-in-form';
import './sign-in.css';

/** The sign-in screen; afterwards the user returns to the page they were sent here from. */
export function SignInPage() {
  const { status, refresh } = useSessionState();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  if (status === 'loading') return <Loading />;
  if (status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">SOT Chart</p>
        <PageTitle title="Sign in" focusOnOpen={false} />
        {params.get('expired') === '1' ? (
          <p className="muted">Your session ended. Sign in again to carry on where you were.</p>
        ) : null}
        <SignInForm
          onSignedIn={async () => {
            await refresh();
            await navigate(next, { replace: true });
          }}
        />
        <p className="muted small">
          Trying SOT Chart? The terminal where you ran <code>npm start</code> prints a demo login.
        </p>
      </div>
    </main>
  );
}
