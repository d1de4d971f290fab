import { useTranslation } from '../../i18n/translation';
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
  const { t } = useTranslation('patients');
  const differing = fields.filter((f) => stored[f.key].trim() !== mine[f.key].trim());
  return (
    <Alert tone="warning">
      <p>
        <strong>{t('conflict.title')}</strong> {t('conflict.body')}
      </p>
      {differing.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        <table className="table compact">
          <caption className="visually-hidden">{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.yours')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td className="pre-wrap" translate="no">
                  {mine[f.key] || '—'}
                </td>
                <td className="pre-wrap" translate="no">
                  {stored[f.key] || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <Button variant="primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </Button>
        <Button onClick={onUseTheirs}>{t('conflict.useTheirs')}</Button>
      </div>
    </Alert>
  );
}
