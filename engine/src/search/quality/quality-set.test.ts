import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { QualityArticle, qualityArticles, qualityQuestions } from './set';

/**
 * The knowledge-search quality set is content, not code: this checks its shape only (no database, no
 * process engine), so a malformed article or a question pointing at a missing key fails here and not
 * as a puzzling drop in the search hit rate.
 */
const articles = qualityArticles();
const questions = qualityQuestions();
/** The tokenizer's shipped dictionaries sit with the search code, one folder up. */
const lines = (file: string) => fs.readFileSync(path.join(__dirname, '..', file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));

const CATEGORIES = ['social_assistance', 'elder_care', 'disability', 'children', 'welfare_services', 'hotline'];
const KINDS = ['plain', 'colloquial', 'typo', 'dialect', 'pinyin', 'long'];
const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'h3'];
const DIALECT = ['俺', '咋', '啥', '娃', '老汉', '老娘', '中不中', '管不管', '弄', '整', '没得', '扯证'];
const isDate = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const initials = (text: string) => pinyin(text.replace(/[^\u3400-\u9fff]/g, ''), { pattern: 'first', toneType: 'none', type: 'array' }).join('');

/** Each field of one article that breaks the format, as readable messages (none when it is valid). */
function articleProblems(a: QualityArticle): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(`${a.key}: ${what}`);
  check(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.key), 'key is not kebab-case ASCII');
  check(typeof a.title === 'string' && a.title.length >= 4 && a.title.length <= 60, 'title length');
  check(CATEGORIES.includes(a.category), `unknown category ${a.category}`);
  check(/^[a-z0-9]+([-_][a-z0-9]+)*$/.test(a.subcategory), 'subcategory is not kebab/snake ASCII');
  for (const [name, list] of [['keywords', a.keywords], ['synonyms', a.synonyms]] as const) {
    check(Array.isArray(list) && list.length >= 2 && list.every((w) => typeof w === 'string' && w.trim() === w && w.length > 0), `${name} must be 2+ words`);
    check(new Set(list).size === list.length, `${name} repeat a word`);
  }
  check(a.docNumber === null || /^某.*〔\d{4}〕\d+号$/.test(a.docNumber), `document number ${a.docNumber}`);
  check(typeof a.issuer === 'string' && a.issuer.includes('某'), 'issuer must name the place as 某');
  check(isDate(a.effectiveFrom), 'effectiveFrom is not a date');
  check(a.expiresOn === null || (isDate(a.expiresOn) && a.expiresOn > a.effectiveFrom), 'expiresOn is not a later date');
  check(typeof a.shortAnswer === 'string' && a.shortAnswer.length > 0 && a.shortAnswer.length <= 300, `shortAnswer has ${a.shortAnswer?.length} characters`);
  check(!/[<>]/.test(a.shortAnswer), 'shortAnswer is plain text (SMS)');
  check(a.body.length >= 300 && a.body.length <= 900, `body has ${a.body.length} characters`);
  const tags = [...a.body.matchAll(/<(\/?)([^\s>/]+)([^>]*)>/g)];
  check(tags.every(([, , name, rest]) => ALLOWED_TAGS.includes(name) && rest === ''), 'body uses a tag outside p, ul, ol, li, strong, h3 (or an attribute)');
  const open: string[] = [];
  const balanced = tags.every(([, closing, name]) => (closing ? open.pop() === name : open.push(name) > 0)) && open.length === 0;
  check(balanced, 'body tags are not balanced');
  check(/^<(p|h3|ul|ol)>/.test(a.body), 'body starts with a block, not loose text');
  return problems;
}

describe('knowledge quality set: articles', () => {
  it('given articles.json, when it is read, then it holds at least 44 articles with unique keys and titles over every top-level category', () => {
    expect(articles.length).toBeGreaterThanOrEqual(44);
    expect(new Set(articles.map((a) => a.key)).size).toBe(articles.length);
    expect(new Set(articles.map((a) => a.title)).size).toBe(articles.length);
    expect([...new Set(articles.map((a) => a.category))].sort()).toEqual([...CATEGORIES].sort());
  });

  it('given every article, when its fields are checked, then each is valid (short answer ≤ 300, body 300–900 of the allowed tags only)', () => {
    expect(articles.flatMap(articleProblems)).toEqual([]);
  });
});

describe('knowledge quality set: questions', () => {
  const keys = new Set(articles.map((a) => a.key));
  const count = (kind: string) => questions.filter((q) => q.kind === kind).length;

  it('given questions.json, when it is read, then at least 70 distinct questions each expect one or two existing articles', () => {
    expect(questions.length).toBeGreaterThanOrEqual(70);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
    const bad = questions.filter((q) => !q.q.trim() || !KINDS.includes(q.kind) || q.expect.length < 1 || q.expect.length > 2 || new Set(q.expect).size !== q.expect.length || !q.expect.every((k) => keys.has(k)));
    expect(bad).toEqual([]);
  });

  it('given the kinds, when they are counted, then typos ≥ 12, dialect ≥ 8, pinyin ≥ 4, long ≥ 6, and colloquial and plain questions are there too', () => {
    expect({ typo: count('typo') >= 12, dialect: count('dialect') >= 8, pinyin: count('pinyin') >= 4, long: count('long') >= 6, colloquial: count('colloquial') > 0, plain: count('plain') > 0 }).toEqual({ typo: true, dialect: true, pinyin: true, long: true, colloquial: true, plain: true });
  });

  it('given every question, when compared with the titles, then none copies a title, each dialect one uses a dialect word and each long one is a whole ramble', () => {
    const titles = new Set(articles.map((a) => a.title));
    expect(questions.filter((q) => titles.has(q.q))).toEqual([]);
    expect(questions.filter((q) => q.kind === 'dialect' && !DIALECT.some((w) => q.q.includes(w)))).toEqual([]);
    expect(questions.filter((q) => q.kind === 'long' && q.q.length < 40)).toEqual([]);
  });

  it('given the pinyin questions, when the expected titles are spelled as initials, then each title contains the typed initials', () => {
    const title = new Map(articles.map((a) => [a.key, a.title]));
    const misses = questions.filter((q) => q.kind === 'pinyin' && !(/^[a-z]+$/.test(q.q) && q.expect.some((k) => initials(title.get(k) ?? '').includes(q.q))));
    expect(misses).toEqual([]);
  });

  it('given all questions, when their expected keys are collected, then every article is the answer to at least one question', () => {
    const expected = new Set(questions.flatMap((q) => q.expect));
    expect(articles.map((a) => a.key).filter((k) => !expected.has(k))).toEqual([]);
  });
});

describe('knowledge quality set: dictionaries', () => {
  it('given domain-words.txt, when each line is parsed, then there are 80–200 unique `word frequency tag` lines holding every article keyword', () => {
    const entries = lines('domain-words.txt');
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(entries.length).toBeLessThanOrEqual(200);
    expect(entries.filter((l) => !/^[^\s,]+ [1-9]\d* [a-z]+$/.test(l))).toEqual([]);
    const words = entries.map((l) => l.split(' ')[0]);
    expect(new Set(words).size).toBe(words.length);
    const known = new Set(words);
    expect([...new Set(articles.flatMap((a) => a.keywords))].filter((w) => !known.has(w))).toEqual([]);
    expect(['低保', '特困供养', '临时救助', '残疾证', '两项补贴', '适老化改造', '优待证', '助餐', '事实无人抚养儿童', '12349'].filter((w) => !known.has(w))).toEqual([]);
  });

  it('given synonyms.txt, when its groups are parsed, then there are 30–80 groups of two or more words and no word sits in two groups', () => {
    const groups = lines('synonyms.txt').map((l) => l.split(','));
    expect(groups.length).toBeGreaterThanOrEqual(30);
    expect(groups.length).toBeLessThanOrEqual(80);
    expect(groups.filter((g) => g.length < 2 || g.some((w) => !w || w.trim() !== w))).toEqual([]);
    const words = groups.flat();
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});
