import type { Location } from 'react-router-dom';

/** Router state carried to /login: the page the user wanted. */
export interface LoginRedirectState {
  from: string;
}

export const DEFAULT_AFTER_LOGIN = '/';

export function loginStateFor(location: Location): LoginRedirectState {
  return { from: `${location.pathname}${location.search}${location.hash}` };
}

/** Where to go after login; only same-app paths are accepted. */
export function redirectTarget(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return DEFAULT_AFTER_LOGIN;
  const from = state.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return DEFAULT_AFTER_LOGIN;
  return from.startsWith('/login') ? DEFAULT_AFTER_LOGIN : from;
}
