import { parsePhone } from '../shared';

/** The search's words are at most 200 characters (knowledgeSearchQuery). */
const QUERY_MAX = 200;
const CJK = /[\u4e00-\u9fff]/;

/**
 * What to search for when the widget opens: the request's name, then the form's own Chinese text
 * (the question, the description…). Codes, ids and numbers say nothing to the search, so only text
 * with Chinese in it is taken.
 */
export function suggestionText(values: unknown, serviceTypeName?: string | null): string {
  const texts: string[] = serviceTypeName ? [serviceTypeName] : [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      const text = value.trim();
      if (CJK.test(text) && !texts.includes(text)) texts.push(text);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(values);
  return texts.join(' ').slice(0, QUERY_MAX).trim();
}

/**
 * The mobiles the caller may be reached on, the likeliest first: the number that called, then the
 * elder's, then the relatives' in call order (as a case's process carries them). Landlines take no text.
 */
export function callerMobiles(variables: Record<string, unknown> | undefined): string[] {
  const v = variables ?? {};
  const relatives = Array.isArray(v.elderRelatives) ? v.elderRelatives.map((r: unknown) => (r && typeof r === 'object' ? (r as { phone?: unknown }).phone : undefined)) : [];
  const found: string[] = [];
  for (const raw of [v.callerPhone, v.callerNumber, v.elderPhone, ...relatives]) {
    const parsed = typeof raw === 'string' ? parsePhone(raw) : null;
    if (parsed?.kind === 'mobile' && !found.includes(parsed.number)) found.push(parsed.number);
  }
  return found;
}

