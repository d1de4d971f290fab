import type { CreatedUser, User } from '@sotchart/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { i18n } from '../../i18n/translation';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Section } from '../../ui/section';
import { roleLabel } from '../auth/role-labels';
import { useSession } from '../auth/session-context';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { ResetPasswordDialog } from './reset-password-dialog';
import { TemporaryPasswordNotice } from './temporary-password-notice';

function profileText(user: User): string {
  const p = user.profile;
  const parts = [
    p.nameAsSigned,
    p.degree,
    p.licenceNumber === ''
      ? ''
      : i18n.t('users.licence', { ns: 'admin', number: p.licenceNumber, state: p.licenceState }).trim(),
  ];
  if (p.npi !== null && p.npi !== '') parts.push(i18n.t('users.npi', { ns: 'admin', npi: p.npi }));
  return parts.filter((s) => s !== '').join(', ') || '—';
}

/** The clinic's users: roles, active state, practitioner profiles; add a user, reset a password. */
export function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const me = useSession().user;
  const users = useQuery({ queryKey: queryKeys.users, queryFn: usersApi.list });
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title={t('users.title')} />
        {adding ? null : (
          <Button
            variant="primary"
            onClick={() => {
              setCreated(null);
              setAdding(true);
            }}
          >
            {t('users.add')}
          </Button>
        )}
      </div>
      {created === null ? null : (
        <TemporaryPasswordNotice name={created.user.displayName} password={created.temporaryPassword} />
      )}
      {adding ? (
        <Section title={t('users.newUser')}>
          <CreateUserForm
            onCreated={(c) => {
              setCreated(c);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        </Section>
      ) : null}
      {users.isPending ? <Loading /> : null}
      {users.isError ? <Alert tone="danger">{users.error.message}</Alert> : null}
      {users.data === undefined ? null : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('user.name')}</th>
                <th scope="col">{t('user.email')}</th>
                <th scope="col">{t('user.role')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.profile')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('users.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <span translate="no">{u.displayName}</span>
                  </th>
                  <td translate="no">{u.email}</td>
                  <td>{roleLabel(u.role)}</td>
                  <td>
                    {u.active ? t('users.active') : <Badge tone="warning">{t('users.inactive')}</Badge>}
                    {u.mustChangePassword ? (
                      <>
                        {' '}
                        <Badge>{t('users.mustChange')}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td translate="no">{profileText(u)}</td>
                  <td className="row-actions">
                    <Button
                      onClick={() => setEditing(u)}
                      aria-label={t('users.editOf', { name: u.displayName })}
                    >
                      {t('edit', { ns: 'common' })}
                    </Button>
                    {u.id === me.id ? null : (
                      <Button
                        onClick={() => setResetting(u)}
                        aria-label={t('users.resetOf', { name: u.displayName })}
                      >
                        {t('users.reset')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === null ? null : (
        <Dialog
          open
          title={t('users.editOf', { name: editing.displayName })}
          onClose={() => setEditing(null)}
        >
          <EditUserForm user={editing} isSelf={editing.id === me.id} onDone={() => setEditing(null)} />
        </Dialog>
      )}
      {resetting === null ? null : (
        <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      )}
    </div>
  );
}
