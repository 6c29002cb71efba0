import fs from 'node:fs';
import path from 'node:path';
import type { SearchDoc } from '../search-index';
import { plainText } from '../text';

/** One article of the quality set, as written (its body HTML). */
export type QualityArticle = {
  key: string;
  title: string;
  category: string;
  subcategory: string;
  keywords: string[];
  synonyms: string[];
  docNumber: string | null;
  issuer: string;
  effectiveFrom: string;
  expiresOn: string | null;
  shortAnswer: string;
  body: string;
};
/** A caller's question and the keys of the articles that answer it. */
export type QualityQuestion = { q: string; expect: string[]; kind: string };

const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8')) as T;

export const qualityArticles = () => read<QualityArticle[]>('articles.json');
export const qualityQuestions = () => read<QualityQuestion[]>('questions.json');

/** The article's category path, as the knowledge base files it. */
export const categoryOf = (a: QualityArticle) => `${a.category}/${a.subcategory}`;

/** The article as the search index reads it, keyed by its key. */
export const searchDocOf = (a: QualityArticle): SearchDoc => ({ id: a.key, title: a.title, keywords: a.keywords, synonyms: a.synonyms, shortAnswer: a.shortAnswer, body: plainText(a.body), category: categoryOf(a), areas: [] });
