import type { BackendClient } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { backendClientsApi } from '../../api/backend-clients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Section } from '../../ui/section';
import { RegisterBackendSystemForm } from './register-backend-system-form';

/**
 * Systems that read the clinic's data through the FHIR API with SMART Backend Services: the client id
 * to give each one, its scopes and keys; register one, revoke one (its tokens stop at once).
 */
export function BackendSystemsPage() {
  const { t } = useTranslation('admin');
  const clients = useQuery({ queryKey: queryKeys.backendClients, queryFn: backendClientsApi.list });
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const revoke = useMutation({
    mutationFn: (client: BackendClient) => backendClientsApi.revoke(client.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.backendClients }),
  });
  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title={t('backend.title')} />
        {adding ? null : (
          <Button variant="primary" onClick={() => setAdding(true)}>
            {t('backend.register')}
          </Button>
        )}
      </div>
      <p>{t('backend.intro')}</p>
      {adding ? (
        <Section title={t('backend.new')}>
          <RegisterBackendSystemForm
            onRegistered={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        </Section>
      ) : null}
      {clients.isPending ? <Loading /> : null}
      {clients.isError ? <Alert tone="danger">{clients.error.message}</Alert> : null}
      {revoke.isError ? <Alert tone="danger">{revoke.error.message}</Alert> : null}
      {clients.data === undefined ? null : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('backend.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backend.name')}</th>
                <th scope="col">{t('backend.clientId')}</th>
                <th scope="col">{t('backend.scopes')}</th>
                <th scope="col">{t('backend.keys')}</th>
                <th scope="col">{t('backend.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backend.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {clients.data.items.map((client) => (
                <tr key={client.id}>
                  <td translate="no">{client.name}</td>
                  <td translate="no">
                    <code>{client.id}</code>
                  </td>
                  <td translate="no">{client.scopes.join(' ')}</td>
                  <td translate="no">{client.keyIds.join(', ')}</td>
                  <td>
                    {client.revokedAt === null ? (
                      <Badge tone="success">{t('backend.active')}</Badge>
                    ) : (
                      <Badge tone="neutral">{t('backend.revoked')}</Badge>
                    )}
                  </td>
                  <td>
                    {client.revokedAt === null ? (
                      <Button
                        variant="danger"
                        busy={revoke.isPending && revoke.variables.id === client.id}
                        onClick={() => revoke.mutate(client)}
                      >
                        {t('backend.revoke')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
