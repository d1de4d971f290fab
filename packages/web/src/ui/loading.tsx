import { useTranslation } from '../i18n/translation';

/** A quiet loading line; announced politely so screen-reader users know something is coming. */
export function Loading({ label }: { readonly label?: string }) {
  const { t } = useTranslation('common');
  return (
    <p className="loading" role="status">
      {label ?? t('loading')}
    </p>
  );
}
