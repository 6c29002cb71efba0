import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR } from '../api/client';
import { fieldProblems, problemText } from '../api/fieldErrors';

/** What a status says when the server's words would only be English to the user. */
const BY_STATUS: Record<number, 'errors.forbidden' | 'errors.notFound' | 'errors.tooLarge' | 'errors.unsupportedMedia' | 'errors.rateLimited' | 'errors.unavailable'> = {
  403: 'errors.forbidden',
  404: 'errors.notFound',
  413: 'errors.tooLarge',
  415: 'errors.unsupportedMedia',
  429: 'errors.rateLimited',
  503: 'errors.unavailable',
};

/** One line for the user about a failed call: field problems by their codes, in the user's language. */
export function errorText(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.code === NETWORK_ERROR) return t('errors.network');
  const known = BY_STATUS[err.status];
  if (known) return t(known);
  if (err.status === 400) {
    const problems = fieldProblems(err);
    return `${t('errors.invalid')} ${problems.length > 0 ? problems.map(problemText).join('；') : err.message}`;
  }
  if (err.status === 409) return `${t('errors.conflict')} ${err.message}`;
  return err.status >= 500 ? t('errors.failed') : err.message || t('errors.failed');
}
