/**
 * One way to show times across the app, whatever the browser's locale: 2026-12-03 09:05 (local time),
 * or the day alone. Dates read the same in zh-CN and English, and sort as text.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
