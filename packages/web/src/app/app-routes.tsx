import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, createBrowserRouter } from 'react-router';
import { AccessioningPage } from '../accessioning/accessioning-page';
import { RuleSetVersionPage } from '../admin/rule-set-version-page';
import { RuleSetsPage } from '../admin/rule-sets-page';
import { StaffPage } from '../admin/staff-page';
import { StaffRecordPage } from '../admin/staff-record-page';
import { UsersPage } from '../admin/users-page';
import { VerificationSettingsPage } from '../admin/verification-settings-page';
import { useSession } from '../auth/session';
import { CatalogPage } from '../catalog/catalog-page';
import { CriticalCallsPage } from '../critical/critical-calls-page';
import { DashboardPage } from '../dashboard/dashboard-page';
import { TestPage } from '../catalog/test-page';
import { InstrumentsPage } from '../instruments/instruments-page';
import { LabelPage } from '../labels/label-page';
import { LoginPage } from '../login/login-page';
import { QcPage } from '../qc/qc-page';
import { qcRoutes } from '../qc/qc-routes';
import { ReviewPage } from '../review/review-page';
import { SpecimenPage } from '../specimens/specimen-page';
import { TrainingPage } from '../training/training-page';
import { TrainingSessionPage } from '../training/training-session-page';
import { AppShellLayout } from './app-shell';
import { navigationFor } from './navigation';
import { RequireSession } from './require-session';

/** The first screen the user's roles open: the dashboard, the landing page after sign-in. */
function Home() {
  const session = useSession();
  const first = navigationFor(session.user.roles)[0];
  return <Navigate to={first?.to ?? '/catalog'} replace />;
}

function NotFound() {
  return (
    <Stack>
      <Title order={2}>No such page</Title>
      <Text>
        This address is not a screen of Aliquot. Scan an accession in the box above, or go to the{' '}
        <Anchor component={Link} to="/">
          start page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShellLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'accessioning', element: <AccessioningPage /> },
      { path: 'review', element: <ReviewPage /> },
      { path: 'critical-calls', element: <CriticalCallsPage /> },
      { path: 'qc', element: <QcPage />, children: qcRoutes },
      { path: 'instruments', element: <InstrumentsPage /> },
      { path: 'specimens/:accession', element: <SpecimenPage /> },
      { path: 'specimens/:accession/label', element: <LabelPage /> },
      { path: 'catalog', element: <CatalogPage /> },
      { path: 'catalog/tests/:code', element: <TestPage /> },
      { path: 'admin/rule-sets', element: <RuleSetsPage /> },
      { path: 'admin/rule-sets/:id/:version', element: <RuleSetVersionPage /> },
      { path: 'admin/users', element: <UsersPage /> },
      { path: 'admin/staff', element: <StaffPage /> },
      { path: 'admin/staff/:userId', element: <StaffRecordPage /> },
      { path: 'admin/verification-settings', element: <VerificationSettingsPage /> },
      { path: 'training', element: <TrainingPage /> },
      { path: 'training/sessions/:id', element: <TrainingSessionPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
