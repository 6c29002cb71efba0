import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './AppRoutes';
import { AuthProvider } from './auth/AuthProvider';
import { AntdLocaleProvider } from './i18n/AntdLocaleProvider';

/** Root component: antd locale, router, session. */
export function App() {
  return (
    <AntdLocaleProvider>
      <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </BrowserRouter>
    </AntdLocaleProvider>
  );
}
