import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { CarePage } from './pages/care/CarePage';
import { RequireAuth } from './auth/RequireAuth';
import { useAuth } from './auth/useAuth';
import { AppLayout } from './layout/AppLayout';
import { landingPath } from './layout/navigation';
import { AdminPage } from './pages/AdminPage';
import { AuditPage } from './pages/audit/AuditPage';
import { BillingPage } from './pages/billing/BillingPage';
import { CasesPage } from './pages/CasesPage';
import { DeskPage } from './pages/DeskPage';
import { EldersPage } from './pages/EldersPage';
import { KnowledgePage } from './pages/knowledge/KnowledgePage';
import { FormsPage } from './pages/FormsPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProvidersPage } from './pages/ProvidersPage';
import { DispatchesPage } from './pages/dispatches/DispatchesPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { SmsPage } from './pages/sms/SmsPage';
import { StatementsPage } from './pages/statements/StatementsPage';
import { TelephonyPage } from './pages/telephony/TelephonyPage';
import { CallsPage } from './pages/calls/CallsPage';
import { TaskFormPage } from './pages/tasks/TaskFormPage';
import { WallboardPage } from './pages/wallboard/WallboardPage';

// The studio pages bring bpmn-js (the largest chunk) and dmn-js: loaded when opened, not with the agent desk.
const ProcessesPage = lazy(() => import('./pages/ProcessesPage').then((m) => ({ default: m.ProcessesPage })));
const DecisionsPage = lazy(() => import('./pages/DecisionsPage').then((m) => ({ default: m.DecisionsPage })));
const ServiceTypesPage = lazy(() => import('./pages/ServiceTypesPage').then((m) => ({ default: m.ServiceTypesPage })));
const loading = (page: ReactNode) => <Suspense fallback={<Spin />}>{page}</Suspense>;

/** `/`: each role's own start page (see navigation.tsx). */
function Landing() {
  const { user } = useAuth();
  return <Navigate to={landingPath(user?.roles ?? [])} replace />;
}

/** Route table: /login is public, everything else needs a session. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<Landing />} />
          <Route path="desk" element={<DeskPage />} />
          <Route path="cases/*" element={<CasesPage />} />
          <Route path="elders/*" element={<EldersPage />} />
          <Route path="studio/processes/*" element={loading(<ProcessesPage />)} />
          <Route path="studio/forms/*" element={<FormsPage />} />
          <Route path="studio/service-types/*" element={loading(<ServiceTypesPage />)} />
          <Route path="studio/decisions/*" element={loading(<DecisionsPage />)} />
          <Route path="providers/*" element={<ProvidersPage />} />
          <Route path="dispatches" element={<DispatchesPage />} />
          <Route path="statements" element={<StatementsPage />} />
          <Route path="billing/*" element={<BillingPage />} />
          <Route path="tasks/:id" element={<TaskFormPage />} />
          <Route path="care" element={<CarePage />} />
          <Route path="sms" element={<SmsPage />} />
          <Route path="knowledge/*" element={<KnowledgePage />} />
          <Route path="telephony" element={<TelephonyPage />} />
          <Route path="calls" element={<CallsPage />} />
          <Route path="reports" element={<ReportsPage />} />
          <Route path="wallboard" element={<WallboardPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="admin" element={<AdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
