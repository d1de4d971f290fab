import type { Permission } from '@sotchart/contract';
import { Outlet } from 'react-router';
import { PageTitle } from '../../ui/page-title';
import { useCan } from './use-can';

/** Shows the nested screens only to roles with the permission; others get a plain explanation. */
export function RequireCapability({ capability }: { readonly capability: Permission }) {
  if (!useCan(capability)) {
    return (
      <>
        <PageTitle title="Not available" />
        <p>Your role does not give access to this screen. Ask the clinic owner if you need it.</p>
      </>
    );
  }
  return <Outlet />;
}
