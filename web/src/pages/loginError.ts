import type { TFunction } from 'i18next';
import { ApiError, HTTP_ERROR, NETWORK_ERROR } from '../api/client';

const INVALID_CREDENTIALS = /invalid[_-]?credentials|bad[_-]?credentials/i;

/** Turns a failed login into a message for the user. */
export function loginErrorMessage(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return t('login.failed');
  if (err.status === 401 || INVALID_CREDENTIALS.test(err.code)) return t('login.invalidCredentials');
  if (err.code === NETWORK_ERROR) return t('login.networkError');
  if (err.code === HTTP_ERROR || !err.message) return t('login.failed');
  return err.message;
}
