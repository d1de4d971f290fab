import { ErrorCode, type CreatedUser, type Role } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';
import { Alert } from '../../ui/alert';
import { ApiError } from '../../api/api-error';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { summaryItems } from '../../ui/summary-items';
import { TextField } from '../../ui/text-field';
import { emptyProfileDraft, profileBodyOf, profileFieldLabels, ProfileFields } from './profile-fields';
import { roleOptions } from './role-options';

/** Adds a user to the clinic; the server makes up a temporary password unless one is given. */
export function CreateUserForm({
  onCreated,
  onCancel,
}: {
  readonly onCreated: (created: CreatedUser) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('practitioner');
  const [profile, setProfile] = useState(emptyProfileDraft);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => usersApi.create({ email, displayName, role, profile: profileBodyOf(profile) }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users });
      onCreated(created);
    },
  });
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="stack admin-form" onSubmit={submit} noValidate aria-label={t('createUser.formLabel')}>
      <ErrorSummary
        title={t('createUser.notAdded')}
        revision={create.submittedAt}
        items={summaryItems(errors, [
          { path: 'email', label: t('user.email'), id: 'new-user-email' },
          { path: 'displayName', label: t('user.name'), id: 'new-user-name' },
          { path: 'role', label: t('user.role'), id: 'new-user-role' },
          ...profileFieldLabels.map((f) => ({
            path: `profile.${f.key}`,
            label: t(f.label),
            id: `new-user-${f.key}`,
          })),
        ])}
      />
      {create.error instanceof ApiError && create.error.code !== ErrorCode.VALIDATION_FAILED ? (
        <Alert tone="danger">{create.error.message}</Alert>
      ) : null}
      <div className="form-grid">
        <TextField
          id="new-user-name"
          label={t('user.name')}
          value={displayName}
          onChange={setDisplayName}
          error={errorFor(errors, 'displayName')}
          autoComplete="off"
        />
        <TextField
          id="new-user-email"
          label={t('user.email')}
          type="email"
          value={email}
          onChange={setEmail}
          error={errorFor(errors, 'email')}
          autoComplete="off"
        />
        <SelectField
          id="new-user-role"
          label={t('user.role')}
          value={role}
          options={roleOptions()}
          onChange={(v) => setRole(v as Role)}
          error={errorFor(errors, 'role')}
          hint={t('user.roleHint')}
        />
      </div>
      {role === 'practitioner' || role === 'owner' ? (
        <ProfileFields draft={profile} onChange={setProfile} errors={errors} idPrefix="new-user" />
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t('createUser.submit')}
        </Button>
        <Button onClick={onCancel}>{t('cancel', { ns: 'common' })}</Button>
      </div>
    </form>
  );
}
