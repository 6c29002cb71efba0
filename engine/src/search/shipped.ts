import fs from 'node:fs';
import path from 'node:path';
import { Synonyms } from './synonyms';
import { Tokenizer } from './tokenizer';

/**
 * The shipped dictionaries beside this file (copied next to the compiled code by the build): the
 * domain's words for the tokenizer (a jieba user dictionary: `word frequency tag`) and the synonym
 * groups. Loading jieba's dictionary takes a moment, so one tokenizer serves the process.
 */
let shipped: { tokenizer: Tokenizer; synonyms: Synonyms } | undefined;

export function shippedDictionaries(): { tokenizer: Tokenizer; synonyms: Synonyms } {
  if (!shipped) {
    const read = (file: string) => fs.readFileSync(path.join(__dirname, file), 'utf8');
    shipped = { tokenizer: new Tokenizer(read('domain-words.txt')), synonyms: new Synonyms(read('synonyms.txt')) };
  }
  return shipped;
}
