/**
 * 知识库 search: Chinese words (jieba with the domain's dictionary), synonyms, homophone-tolerant sound
 * pairs and title initials, ranked by BM25 over an article's fields. One in-memory component for
 * SQLite and MySQL alike; the knowledge base feeds it the published articles.
 */
export { SearchIndex } from './search-index';
export type { SearchDoc, SearchFilter, SearchHit } from './search-index';
export { shippedDictionaries } from './shipped';
export { Synonyms } from './synonyms';
export { Tokenizer, initialsOf } from './tokenizer';
export { normalize, plainText } from './text';
