import type { CreatedUser, User } from '@sotchart/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Section } from '../../ui/section';
import { roleLabels } from '../auth/role-labels';
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
    p.licenceNumber === '' ? '' : `licence ${p.licenceNumber} ${p.licenceState}`.trim(),
  ];
  if (p.npi !== null && p.npi !== '') parts.push(`NPI ${p.npi}`);
  return parts.filter((s) => s !== '').join(', ') || '—';
}

/** The clinic's users: roles, active state, practitioner profiles; add a user, reset a password. */
export function UsersPage() {
  const me = useSession().user;
  const users = useQuery({ queryKey: queryKeys.users, queryFn: usersApi.list });
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title="Users and profiles" />
        {adding ? null : (
          <Button
            variant="primary"
            onClick={() => {
              setCreated(null);
              setAdding(true);
            }}
          >
            Add user
          </Button>
        )}
      </div>
      {created === null ? null : (
        <TemporaryPasswordNotice name={created.user.displayName} password={created.temporaryPassword} />
      )}
      {adding ? (
        <Section title="New user">
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
            <caption className="visually-hidden">Users of the clinic</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Profile</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.displayName}</th>
                  <td>{u.email}</td>
                  <td>{roleLabels[u.role]}</td>
                  <td>
                    {u.active ? 'Active' : <Badge tone="warning">Inactive</Badge>}
                    {u.mustChangePassword ? (
                      <>
                        {' '}
                        <Badge>Must change password</Badge>
                      </>
                    ) : null}
                  </td>
                  <td>{profileText(u)}</td>
                  <td className="row-actions">
                    <Button onClick={() => setEditing(u)} aria-label={`Edit ${u.displayName}`}>
                      Edit
                    </Button>
                    {u.id === me.id ? null : (
                      <Button
                        onClick={() => setResetting(u)}
                        aria-label={`Reset password of ${u.displayName}`}
                      >
                        Reset password
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
        <Dialog open title={`Edit ${editing.displayName}`} onClose={() => setEditing(null)}>
          <EditUserForm user={editing} isSelf={editing.id === me.id} onDone={() => setEditing(null)} />
        </Dialog>
      )}
      {resetting === null ? null : (
        <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      )}
    </div>
  );
}
