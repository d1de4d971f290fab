import { ErrorCode, type Role, type User } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ApiError } from '../../api/api-error';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { summaryItems } from '../../ui/summary-items';
import { TextField } from '../../ui/text-field';
import { profileBodyOf, profileDraftOf, profileFieldLabels, ProfileFields } from './profile-fields';
import { roleOptions } from './role-options';

/** Changes a user's name, role, active state and practitioner profile. */
export function EditUserForm({
  user,
  isSelf,
  onDone,
}: {
  readonly user: User;
  readonly isSelf: boolean;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  const [profile, setProfile] = useState(() => profileDraftOf(user.profile));
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      usersApi.update(user.id, {
        version: user.version,
        displayName,
        role,
        active,
        profile: profileBodyOf(profile),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const prefix = `user-${user.id}`;
  return (
    <form
      className="stack admin-form"
      onSubmit={submit}
      noValidate
      aria-label={t('editUser.formLabel', { name: user.displayName })}
    >
      <ErrorSummary
        title={t('editUser.notSaved')}
        revision={save.submittedAt}
        items={summaryItems(errors, [
          { path: 'displayName', label: t('user.name'), id: `${prefix}-name` },
          { path: 'role', label: t('user.role'), id: `${prefix}-role` },
          ...profileFieldLabels.map((f) => ({
            path: `profile.${f.key}`,
            label: t(f.label),
            id: `${prefix}-${f.key}`,
          })),
        ])}
      />
      {save.error instanceof ApiError && save.error.code === ErrorCode.VERSION_CONFLICT ? (
        <Alert tone="warning">{t('editUser.conflict')}</Alert>
      ) : save.error instanceof ApiError && save.error.code !== ErrorCode.VALIDATION_FAILED ? (
        <Alert tone="danger">{save.error.message}</Alert>
      ) : null}
      <div className="form-grid">
        <TextField
          id={`${prefix}-name`}
          label={t('user.name')}
          value={displayName}
          onChange={setDisplayName}
          error={errorFor(errors, 'displayName')}
          autoComplete="off"
        />
        <SelectField
          id={`${prefix}-role`}
          label={t('user.role')}
          value={role}
          options={roleOptions()}
          onChange={(v) => setRole(v as Role)}
          error={errorFor(errors, 'role')}
          hint={t('user.roleHint')}
          disabled={isSelf}
        />
      </div>
      <CheckboxField label={t('editUser.active')} checked={active} onChange={setActive} disabled={isSelf} />
      <ProfileFields draft={profile} onChange={setProfile} errors={errors} idPrefix={prefix} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('editUser.save')}
        </Button>
        <Button onClick={onDone}>{t('cancel', { ns: 'common' })}</Button>
      </div>
    </form>
  );
}
