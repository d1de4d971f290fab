import type { BackendClient } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
        <PageTitle title="Backend systems" />
        {adding ? null : (
          <Button variant="primary" onClick={() => setAdding(true)}>
            Register a system
          </Button>
        )}
      </div>
      <p>
        A registered system signs in with its own private key and reads this clinic&apos;s records through the
        FHIR API, within its scopes. Give it its client id and the token address shown in the server&apos;s
        SMART configuration.
      </p>
      {adding ? (
        <Section title="New backend system">
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
            <caption className="visually-hidden">Backend systems of the clinic</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Client id</th>
                <th scope="col">Scopes</th>
                <th scope="col">Keys</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {clients.data.items.map((client) => (
                <tr key={client.id}>
                  <td>{client.name}</td>
                  <td>
                    <code>{client.id}</code>
                  </td>
                  <td>{client.scopes.join(' ')}</td>
                  <td>{client.keyIds.join(', ')}</td>
                  <td>
                    {client.revokedAt === null ? (
                      <Badge tone="success">Active</Badge>
                    ) : (
                      <Badge tone="neutral">Revoked</Badge>
                    )}
                  </td>
                  <td>
                    {client.revokedAt === null ? (
                      <Button
                        variant="danger"
                        busy={revoke.isPending && revoke.variables.id === client.id}
                        onClick={() => revoke.mutate(client)}
                      >
                        Revoke
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
