import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

/** Any address the app does not know. */
export function NotFoundPage() {
  return (
    <>
      <PageTitle title="Page not found" />
      <p>There is nothing at this address.</p>
      <Link to="/patients">Go to patients</Link>
    </>
  );
}
