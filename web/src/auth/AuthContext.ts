import { createContext } from 'react';
import type { User } from '../api/types';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous';

/** Why there is no session: never signed in / expired, or an explicit logout. */
export type SignedOutReason = 'none' | 'logout';

export interface AuthState {
  status: AuthStatus;
  user: User | null;
  signedOutReason: SignedOutReason;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  /** Reads the user again after they changed their password (a required change is then done). */
  passwordChanged: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);
