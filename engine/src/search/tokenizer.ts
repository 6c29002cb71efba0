import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { pinyin } from 'pinyin-pro';
import { HAN_RUN, normalize, WORDLIKE } from './text';
import { STOPWORDS } from './stopwords';

/**
 * Chinese text as search terms: words by jieba's search mode (a long word and its parts: 残疾证 →
 * 残疾, 残疾证), the domain's own words kept whole (高龄津贴), and pinyin syllable pairs so a
 * homophone typo (低报 for 低保, 高玲 for 高龄) still meets the word it sounds like.
 */
export class Tokenizer {
  private readonly jieba: Jieba;

  constructor(domainWords = '') {
    this.jieba = Jieba.withDict(dict);
    if (domainWords.trim()) this.jieba.loadDict(Buffer.from(domainWords, 'utf8'));
  }

  /** The words of a text, in order, repeated as often as they occur (for term frequencies). */
  words(text: string): string[] {
    return this.jieba.cutForSearch(normalize(text), true).filter((w) => WORDLIKE.test(w) && !STOPWORDS.has(w));
  }

  /** Pairs of neighbouring syllables in each run of Chinese ('di bao', 'bao shen' …), stop words left out. */
  soundPairs(text: string): string[] {
    const pairs: string[] = [];
    for (const run of normalize(text).match(HAN_RUN) ?? []) {
      const kept = this.jieba.cut(run, true).filter((w) => !STOPWORDS.has(w)).join('');
      const syllables = pinyin(kept, { toneType: 'none', type: 'array', v: true });
      for (let i = 0; i + 1 < syllables.length; i++) pairs.push(`${syllables[i]} ${syllables[i + 1]}`);
    }
    return pairs;
  }
}

/** A title's pinyin initials (高龄津贴申领条件 → gljtsltj): agents type them to find an article fast. */
export function initialsOf(title: string): string {
  return pinyin(normalize(title).replace(/[^\u3400-\u9fffa-z0-9]/g, ''), { pattern: 'first', toneType: 'none', type: 'array', v: true }).join('');
}
