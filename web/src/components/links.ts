/**
 * A stored URL as a link target only when it is http(s): a `javascript:` or `data:` URL (one stored
 * before the API refused them, say) is never rendered as a link.
 */
export function httpHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
