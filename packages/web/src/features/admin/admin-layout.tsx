import { NavLink, Outlet } from 'react-router';

/** Clinic administration (owners): a second row of navigation over users, clinic, protocol and
 * the backend systems that read the FHIR API. */
export function AdminLayout() {
  return (
    <div className="stack">
      <nav aria-label="Clinic administration" className="sub-nav">
        <NavLink to="/admin/users">Users and profiles</NavLink>
        <NavLink to="/admin/clinic">Clinic settings</NavLink>
        <NavLink to="/admin/protocol">Protocol</NavLink>
        <NavLink to="/admin/schedule">Schedule</NavLink>
        <NavLink to="/admin/backend-systems">Backend systems</NavLink>
      </nav>
      <Outlet />
    </div>
  );
}
