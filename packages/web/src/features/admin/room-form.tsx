import { ErrorCode, type Room } from '@sotchart/contract';
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
import { TextField } from '../../ui/text-field';

/** One room or treatment table; a new one when `room` is absent. */
export function RoomForm({ room }: { readonly room?: Room }) {
  const { t } = useTranslation(['admin', 'common']);
  const [name, setName] = useState(room?.name ?? '');
  const [active, setActive] = useState(room?.active ?? true);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      room === undefined
        ? appointmentsApi.createRoom({ name, active })
        : appointmentsApi.updateRoom(room.id, { name, active, version: room.version }),
    onSuccess: async () => {
      if (room === undefined) setName('');
      await queryClient.invalidateQueries({ queryKey: queryKeys.scheduleSettings });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form
      className="settings-row"
      onSubmit={submit}
      noValidate
      aria-label={room === undefined ? t('rooms.new') : t('rooms.formLabel', { name: room.name })}
    >
      <TextField
        id={`room-${room?.id ?? 'new'}-name`}
        label={t('rooms.name')}
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
      />
      <div className="settings-checks">
        <CheckboxField label={t('rooms.active')} checked={active} onChange={setActive} />
      </div>
      <div className="settings-save">
        <Button type="submit" variant={room === undefined ? 'primary' : 'secondary'} busy={save.isPending}>
          {room === undefined ? t('rooms.add') : t('save', { ns: 'common' })}
        </Button>
        {save.isSuccess && room !== undefined ? <span role="status">{t('rooms.saved')}</span> : null}
      </div>
      {hasErrorCode(save.error, ErrorCode.VERSION_CONFLICT) ? (
        <Alert tone="warning">{t('rooms.conflict')}</Alert>
      ) : null}
    </form>
  );
}
