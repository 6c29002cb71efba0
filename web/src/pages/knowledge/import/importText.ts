import type { TFunction } from 'i18next';
import i18n from 'i18next';
import { problemText } from '../../../api/fieldErrors';

/** A problem in the page's language: the knowledge import's own words for its codes, else the shared ones, else the server's. */
export function importProblemText(p: { code?: string; message: string; params?: Record<string, string | number> }, t: TFunction): string {
  const key = `knowledge.import.problems.${p.code ?? ''}`;
  if (p.code && i18n.exists(key)) return String(t(key as 'knowledge.import.problems.required', { ...p.params, interpolation: { escapeValue: false } }));
  return problemText(p);
}
