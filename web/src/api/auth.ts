import type { changeOwnPasswordBody, loginAnswer, loginBody, Wire } from '@careflow/contracts';
import { ApiError, api } from './client';
import type { User, UserResponse } from './types';

// Auth endpoints handle their own 401s, so none of them triggers the session redirect.
const OWN_401 = { skipAuthRedirect: true } as const;

export async function login(username: string, password: string): Promise<User> {
  const body: Wire<typeof loginBody> = { username, password };
  const res = await api.post<Wire<typeof loginAnswer>>('/api/auth/login', body, OWN_401);
  return res.user;
}

/** The signed-in user, or null when there is no valid session. */
export async function fetchCurrentUser(): Promise<User | null> {
  try {
    const res = await api.get<UserResponse>('/api/auth/me', OWN_401);
    return res.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** Changes my password; my other sessions end, this one stays. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  const body: Wire<typeof changeOwnPasswordBody> = { currentPassword, newPassword };
  await api.post<unknown>('/api/auth/password', body);
}

export async function logout(): Promise<void> {
  await api.post<unknown>('/api/auth/logout', undefined, OWN_401);
}
