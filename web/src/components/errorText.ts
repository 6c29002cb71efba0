import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR } from '../api/client';

/** One line for the user about a failed call; the server's message is kept where it says more. */
export function errorText(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.code === NETWORK_ERROR) return t('errors.network');
  if (err.status === 403) return t('errors.forbidden');
  if (err.status === 404) return t('errors.notFound');
  if (err.status === 400) return `${t('errors.invalid')} ${err.message}`;
  if (err.status === 409) return `${t('errors.conflict')} ${err.message}`;
  return err.message || t('errors.failed');
}
