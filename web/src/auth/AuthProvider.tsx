import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth';
import { setUnauthorizedHandler } from '../api/client';
import type { User } from '../api/types';
import { AuthContext, type AuthState, type AuthStatus, type SignedOutReason } from './AuthContext';

interface Session {
  status: AuthStatus;
  user: User | null;
  signedOutReason: SignedOutReason;
}

const ANONYMOUS: Session = { status: 'anonymous', user: null, signedOutReason: 'none' };

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading', user: null, signedOutReason: 'none' });

  // Restore the session from the cookie once on load.
  useEffect(() => {
    let active = true;
    authApi
      .fetchCurrentUser()
      .then((user) => {
        if (active) setSession(user ? { status: 'authenticated', user, signedOutReason: 'none' } : ANONYMOUS);
      })
      .catch(() => {
        // Engine unreachable or failing: show the login page, which reports errors on submit.
        if (active) setSession(ANONYMOUS);
      });
    return () => {
      active = false;
    };
  }, []);

  // Any 401 from the API ends the session; RequireAuth then sends the user to /login.
  useEffect(() => setUnauthorizedHandler(() => setSession(ANONYMOUS)), []);

  const login = useCallback(async (username: string, password: string) => {
    const user = await authApi.login(username, password);
    setSession({ status: 'authenticated', user, signedOutReason: 'none' });
    return user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // Sign out locally even if the server call fails.
    }
    setSession({ status: 'anonymous', user: null, signedOutReason: 'logout' });
  }, []);

  const passwordChanged = useCallback(async () => {
    const user = await authApi.fetchCurrentUser();
    setSession(user ? { status: 'authenticated', user, signedOutReason: 'none' } : ANONYMOUS);
  }, []);

  const value = useMemo<AuthState>(() => ({ ...session, login, logout, passwordChanged }), [session, login, logout, passwordChanged]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
