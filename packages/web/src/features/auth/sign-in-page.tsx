import { useTranslation } from '../../i18n/translation';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Embed, embedMark } from '../../ui/embed';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { LanguageMenu } from './language-menu';
import { safeNext } from './safe-next';
import { useSessionState } from './session-context';
import { SignInForm } from './sign-in-form';
import './sign-in.css';

/** The sign-in screen; afterwards the user returns to the page they were sent here from. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const { status, refresh } = useSessionState();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  if (status === 'loading') return <Loading />;
  if (status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <div className="auth-top">
          <p className="auth-brand" translate="no">
            SOT Chart
          </p>
          <LanguageMenu />
        </div>
        <PageTitle title={t('signIn.title')} focusOnOpen={false} />
        {params.get('expired') === '1' ? <p className="muted">{t('signIn.expired')}</p> : null}
        <SignInForm
          onSignedIn={async () => {
            await refresh();
            await navigate(next, { replace: true });
          }}
        />
        <p className="muted small">
          <Embed text={t('signIn.demoHint', { command: embedMark })}>
            <code translate="no">npm start</code>
          </Embed>
        </p>
      </div>
    </main>
  );
}
