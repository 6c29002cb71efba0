import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../layout/FullPageSpin';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { loginStateFor } from './redirect';
import { useAuth } from './useAuth';

/** Guards the signed-in part of the app. */
export function RequireAuth() {
  const { status, signedOutReason, user } = useAuth();
  const location = useLocation();

  if (status === 'loading') return <FullPageSpin />;
  if (status === 'anonymous') {
    // After an explicit logout, do not bring the user back to the old page on the next login.
    const state = signedOutReason === 'logout' ? undefined : loginStateFor(location);
    return <Navigate to="/login" replace state={state} />;
  }
  // The engine refuses everything else until then (403 password_change_required).
  if (user?.passwordChangeRequired) return <ChangePasswordPage />;
  return <Outlet />;
}
