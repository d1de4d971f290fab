import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from './ui/loading';
import { RequireCapability } from './features/auth/require-capability';
import { RequireSession } from './features/auth/require-session';
import { SignInPage } from './features/auth/sign-in-page';
import { HomeRedirect } from './features/day-list/home-redirect';
import { PatientListPage } from './features/patients/patient-list-page';

// Sign-in and the patient list are in the first download; every other screen is its own chunk,
// fetched when first opened.
function screen(load: () => Promise<ComponentType>): ReactNode {
  const Screen = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

const accountPage = screen(() =>
  import('./features/auth/change-password-page').then((m) => m.ChangePasswordPage),
);
const dayListPage = screen(() => import('./features/day-list/day-list-page').then((m) => m.DayListPage));
const patientPage = screen(() => import('./features/patients/patient-page').then((m) => m.PatientPage));
const newPatientPage = screen(() =>
  import('./features/patients/new-patient-page').then((m) => m.NewPatientPage),
);
const editPatientPage = screen(() =>
  import('./features/patients/edit-patient-page').then((m) => m.EditPatientPage),
);
const editHistoryPage = screen(() =>
  import('./features/patients/edit-history-page').then((m) => m.EditHistoryPage),
);
const visitPage = screen(() =>
  import('./features/charting/visit-charting-page').then((m) => m.VisitChartingPage),
);

const draftsPage = screen(() => import('./features/drafts/drafts-page').then((m) => m.DraftsPage));
const outcomesPage = screen(() => import('./features/outcomes/outcomes-page').then((m) => m.OutcomesPage));
const schedulePage = screen(() => import('./features/schedule/schedule-page').then((m) => m.SchedulePage));
const kioskPage = screen(() => import('./features/kiosk/kiosk-page').then((m) => m.KioskPage));

const adminLayout = screen(() => import('./features/admin/admin-layout').then((m) => m.AdminLayout));
const usersPage = screen(() => import('./features/admin/users-page').then((m) => m.UsersPage));
const clinicSettingsPage = screen(() =>
  import('./features/admin/clinic-settings-page').then((m) => m.ClinicSettingsPage),
);
const protocolSettingsPage = screen(() =>
  import('./features/protocol/protocol-settings-page').then((m) => m.ProtocolSettingsPage),
);
const scheduleSettingsPage = screen(() =>
  import('./features/admin/schedule-settings-page').then((m) => m.ScheduleSettingsPage),
);
const wordingPage = screen(() => import('./features/wording/wording-page').then((m) => m.WordingPage));
const backendSystemsPage = screen(() =>
  import('./features/admin/backend-systems-page').then((m) => m.BackendSystemsPage),
);
const auditPage = screen(() => import('./features/audit/audit-page').then((m) => m.AuditPage));
const notFoundPage = screen(() => import('./features/not-found-page').then((m) => m.NotFoundPage));

/** Every screen of the app and who may open it. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/kiosk" element={kioskPage} />
      <Route element={<RequireSession />}>
        <Route index element={<HomeRedirect />} />
        <Route path="/today" element={dayListPage} />
        <Route path="/patients" element={<PatientListPage />} />
        <Route element={<RequireCapability capability="demographicsWrite" />}>
          <Route path="/patients/new" element={newPatientPage} />
          <Route path="/patients/:id/edit" element={editPatientPage} />
        </Route>
        <Route path="/patients/:id" element={patientPage} />
        <Route path="/patients/:id/outcomes" element={outcomesPage} />
        <Route path="/schedule" element={schedulePage} />
        <Route element={<RequireCapability capability="clinicalRead" />}>
          <Route path="/patients/:id/visits/:visitId" element={visitPage} />
        </Route>
        <Route element={<RequireCapability capability="clinicalWrite" />}>
          <Route path="/patients/:id/history/edit" element={editHistoryPage} />
          <Route path="/drafts" element={draftsPage} />
        </Route>
        <Route path="/account/password" element={accountPage} />
        <Route element={<RequireCapability capability="clinicAdmin" />}>
          <Route path="/admin" element={adminLayout}>
            <Route index element={<Navigate to="/admin/users" replace />} />
            <Route path="users" element={usersPage} />
            <Route path="clinic" element={clinicSettingsPage} />
            <Route path="protocol" element={protocolSettingsPage} />
            <Route path="schedule" element={scheduleSettingsPage} />
            <Route path="backend-systems" element={backendSystemsPage} />
            <Route path="wording" element={wordingPage} />
          </Route>
        </Route>
        <Route element={<RequireCapability capability="auditRead" />}>
          <Route path="/audit" element={auditPage} />
        </Route>
        <Route path="*" element={notFoundPage} />
      </Route>
    </Routes>
  );
}
