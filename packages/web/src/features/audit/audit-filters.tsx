import { auditActions } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { actionKeys } from './audit-labels';

/** The log's filters as the address holds them: '' where a filter is not set. */
export interface AuditFilterValues {
  readonly actorId: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
}

export const auditFilterKeys = ['actorId', 'action', 'from', 'to'] as const;

/** Narrows the log to one user, one action and a range of clinic dates (both ends included). */
export function AuditFilters({
  value,
  users,
  errors,
  onChange,
}: {
  readonly value: AuditFilterValues;
  readonly users: readonly { readonly id: string; readonly displayName: string }[];
  readonly errors: FieldErrors;
  readonly onChange: (value: AuditFilterValues) => void;
}) {
  const { t } = useTranslation('audit');
  return (
    <fieldset className="form-grid compact-grid" aria-label={t('filters.label')}>
      <legend className="visually-hidden">{t('filters.label')}</legend>
      <SelectField
        id="audit-user"
        label={t('filters.user')}
        value={value.actorId}
        options={[
          { value: '', label: t('filters.everyone') },
          ...users.map((u) => ({ value: u.id, label: u.displayName })),
        ]}
        onChange={(actorId) => onChange({ ...value, actorId })}
        error={errorFor(errors, 'query.actorId')}
      />
      <SelectField
        id="audit-action"
        label={t('filters.action')}
        value={value.action}
        options={[
          { value: '', label: t('filters.everyAction') },
          ...auditActions.map((a) => ({ value: a, label: t(actionKeys[a]) })),
        ]}
        onChange={(action) => onChange({ ...value, action })}
        error={errorFor(errors, 'query.action')}
      />
      <TextField
        id="audit-from"
        type="date"
        label={t('filters.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        error={errorFor(errors, 'query.from')}
      />
      <TextField
        id="audit-to"
        type="date"
        label={t('filters.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        error={errorFor(errors, 'query.to')}
      />
    </fieldset>
  );
}
