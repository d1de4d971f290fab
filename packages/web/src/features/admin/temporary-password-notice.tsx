import { useTranslation } from '../../i18n/translation';
import { Alert } from '../../ui/alert';

/** A temporary password, shown once: the owner passes it on; the user must change it at sign-in. */
export function TemporaryPasswordNotice({
  name,
  password,
}: {
  readonly name: string;
  readonly password: string;
}) {
  const { t } = useTranslation('admin');
  return (
    <Alert tone="success">
      <p>
        {t('tempPassword.for', { name })}{' '}
        <code className="secret" data-temporary-password="" translate="no">
          {password}
        </code>
      </p>
      <p className="small">{t('tempPassword.hint')}</p>
    </Alert>
  );
}
