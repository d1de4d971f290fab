import { Navigate } from 'react-router';
import { useCan } from '../auth/use-can';

/** Where `/` (and sign-in without a `next`) lands: the day list for those who chart, else the patients. */
export function HomeRedirect() {
  return <Navigate to={useCan('clinicalWrite') ? '/today' : '/patients'} replace />;
}
