import type { KnowledgeArticle } from '../../api/knowledge';

/** How many days ahead a published article's expiry is flagged to its authors. */
export const EXPIRY_WARNING_DAYS = 30;

/** The calendar day `days` after `day` (both YYYY-MM-DD), counted in UTC so time zones do not shift it. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 已过期 for an expired article, 即将到期 for a published one expiring within 30 days, else nothing. */
export function expiryFlag(article: Pick<KnowledgeArticle, 'status' | 'expiresOn'>, today: string): 'expired' | 'expiring' | null {
  if (article.status === 'expired') return 'expired';
  if (article.status === 'published' && article.expiresOn && article.expiresOn <= addDays(today, EXPIRY_WARNING_DAYS)) return 'expiring';
  return null;
}

/** Today as YYYY-MM-DD in the browser's time zone (the hotline's own). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const STATUS_COLORS: Record<KnowledgeArticle['status'], string> = { unpublished: 'default', published: 'green', expired: 'red', withdrawn: 'volcano' };
export const VERSION_COLORS: Record<KnowledgeArticle['latestStatus'], string> = { draft: 'default', review: 'gold', published: 'green', superseded: 'default' };
