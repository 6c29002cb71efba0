import { isCalendarDate, SHORT_ANSWER_MAX, type KnowledgeArticleBody, type KnowledgeImportProblem } from '@careflow/contracts';
import { listOf } from '../../imports/kind';
import { ImportLookups } from './lookups';
import { problem } from './problems';

/** An article's cells by column header: an Excel row, or a Word section with the dialog's fields. */
export type ArticleCells = Record<string, string>;

const LIMITS = { title: [2, 200], text: 100, body: 100_000, words: 30, wordLength: 30, areas: 50 } as const;
/** Markup that is refused rather than quietly dropped: the file was made to run something. The sanitiser still cleans the rest. */
const UNSAFE = /<\s*\/?\s*(script|style|iframe|object|embed|link|meta|base|form|svg)\b|<[^>]*\son[a-z]+\s*=|<[^>]*((java|vb)script|data)\s*:/i;
const HTML = /<\/?[a-z][a-z0-9]*(\s[^>]*)?>/i;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text becomes paragraphs (a blank line between them, single line breaks kept); HTML stays for the sanitiser. */
export function bodyHtml(cell: string): string {
  if (HTML.test(cell)) return cell;
  return cell
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/** 2026-01-01, 2026/1/1 or 2026.1.1 → 2026-01-01; anything else stays for the check to refuse. */
function dateOf(cell: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell;
}

/**
 * The article a row describes, or its problems (row, column, zh-CN message). Categories and areas are
 * looked up by code or zh name; nothing is written here.
 */
export function checkArticle(row: number, c: ArticleCells, lookups: ImportLookups): { body?: KnowledgeArticleBody; problems: KnowledgeImportProblem[] } {
  const problems: KnowledgeImportProblem[] = [];
  const add = (column: string, code: string, params?: Record<string, string | number>) => problems.push(problem(row, column, code, params));
  const text = (column: string, max: number, required = false) => {
    const value = (c[column] ?? '').trim();
    if (required && !value) add(column, 'required');
    else if (value.length > max) add(column, 'too_long', { max });
    return value;
  };
  const title = text('标题', LIMITS.title[1], true);
  if (title && title.length < LIMITS.title[0]) add('标题', 'too_short', { min: LIMITS.title[0] });
  const shortAnswer = text('简短答复', SHORT_ANSWER_MAX, true);
  const docNumber = text('文号', LIMITS.text);
  const issuer = text('发文机关', LIMITS.text);
  const rawBody = text('正文', LIMITS.body);
  if (UNSAFE.test(rawBody)) add('正文', 'unsafe_html');

  let category = '';
  const categoryCell = text('分类', 200, true);
  if (categoryCell) {
    const found = lookups.category(categoryCell);
    if ('code' in found) category = found.code;
    else add('分类', found.problem === 'bad' ? 'bad_category' : 'unknown_category', { value: categoryCell });
  }
  const words = (column: string) => {
    const list = [...new Set(listOf(c[column]))];
    if (list.length > LIMITS.words) add(column, 'too_many', { max: LIMITS.words });
    for (const word of list.filter((w) => w.length > LIMITS.wordLength)) add(column, 'word_too_long', { value: word, max: LIMITS.wordLength });
    return list;
  };
  const keywords = words('关键词');
  const synonyms = words('同义词');
  const areas: string[] = [];
  const areaCells = [...new Set(listOf(c['适用区域']))];
  if (areaCells.length > LIMITS.areas) add('适用区域', 'too_many', { max: LIMITS.areas });
  for (const cell of areaCells) {
    const found = lookups.area(cell);
    if ('code' in found) areas.push(found.code);
    else if (found.problem === 'ambiguous') add('适用区域', 'area_ambiguous', { value: cell, codes: found.codes.join('、') });
    else add('适用区域', 'unknown_area', { value: cell });
  }
  const date = (column: string) => {
    const value = dateOf((c[column] ?? '').trim());
    if (value && !isCalendarDate(value)) add(column, 'invalid_date', { value });
    return value && isCalendarDate(value) ? value : null;
  };
  const effectiveFrom = date('生效日期');
  const expiresOn = date('失效日期');
  if (effectiveFrom && expiresOn && expiresOn <= effectiveFrom) add('失效日期', 'expiry_order', { from: effectiveFrom });

  if (problems.length > 0) return { problems };
  const body: KnowledgeArticleBody = {
    title, body: bodyHtml(rawBody), category, keywords, synonyms, areas: [...new Set(areas)],
    docNumber: docNumber || null, issuer: issuer || null, effectiveFrom, expiresOn, shortAnswer, attachments: [],
  };
  return { body, problems };
}
