import {
  AppointmentKindSchema,
  ErrorCode,
  type AppointmentKind,
  type AppointmentType,
} from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { hasErrorCode } from '../../api/api-error';
import { appointmentsApi } from '../../api/appointments-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { kindKeys } from '../schedule/appointment-labels';

/** One appointment type's name, kind, length and rules; a new one when `type` is absent. */
export function AppointmentTypeForm({ type }: { readonly type?: AppointmentType }) {
  const { t } = useTranslation(['admin', 'schedule', 'common']);
  const kindOptions = AppointmentKindSchema.options.map((k) => ({
    value: k,
    label: t(kindKeys[k], { ns: 'schedule' }),
  }));
  const [name, setName] = useState(type?.name ?? '');
  const [kind, setKind] = useState<AppointmentKind>(type?.kind ?? 'follow_up');
  const [minutes, setMinutes] = useState(String(type?.minutes ?? 30));
  const [allowDoubleBooking, setAllowDoubleBooking] = useState(type?.allowDoubleBooking ?? false);
  const [active, setActive] = useState(type?.active ?? true);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => {
      const fields = { name, kind, minutes: Number(minutes), allowDoubleBooking, active };
      return type === undefined
        ? appointmentsApi.createType(fields)
        : appointmentsApi.updateType(type.id, { ...fields, version: type.version });
    },
    onSuccess: async () => {
      if (type === undefined) setName('');
      await queryClient.invalidateQueries({ queryKey: queryKeys.scheduleSettings });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const prefix = `type-${type?.id ?? 'new'}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form
      className="settings-row"
      onSubmit={submit}
      noValidate
      aria-label={type === undefined ? t('types.new') : t('types.formLabel', { name: type.name })}
    >
      <TextField
        id={`${prefix}-name`}
        label={t('types.name')}
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
      />
      <SelectField
        id={`${prefix}-kind`}
        label={t('types.kind')}
        value={kind}
        options={kindOptions}
        onChange={(k) => setKind(AppointmentKindSchema.parse(k))}
        error={errorFor(errors, 'kind')}
      />
      <TextField
        id={`${prefix}-minutes`}
        label={t('types.minutes')}
        inputMode="numeric"
        value={minutes}
        onChange={setMinutes}
        error={errorFor(errors, 'minutes')}
      />
      <div className="settings-checks">
        <CheckboxField
          label={t('types.doubleBooking')}
          checked={allowDoubleBooking}
          onChange={setAllowDoubleBooking}
        />
        <CheckboxField label={t('types.active')} checked={active} onChange={setActive} />
      </div>
      <div className="settings-save">
        <Button type="submit" variant={type === undefined ? 'primary' : 'secondary'} busy={save.isPending}>
          {type === undefined ? t('types.add') : t('save', { ns: 'common' })}
        </Button>
        {save.isSuccess && type !== undefined ? <span role="status">{t('types.saved')}</span> : null}
      </div>
      {hasErrorCode(save.error, ErrorCode.VERSION_CONFLICT) ? (
        <Alert tone="warning">{t('types.conflict')}</Alert>
      ) : null}
    </form>
  );
}
