import { normalize } from './text';

/**
 * Words callers use for the same thing (孩子, 娃, 小孩): one group per line, comma-separated. A query
 * word also finds its group's other words, a little weaker than itself.
 */
export class Synonyms {
  private readonly groups = new Map<string, string[]>();

  constructor(text = '') {
    for (const line of text.split(/\r?\n/)) {
      const words = [...new Set(line.split(/[,，、]/).map((w) => normalize(w.trim())).filter(Boolean))];
      if (words.length < 2 || line.trim().startsWith('#')) continue;
      for (const word of words) this.groups.set(word, [...new Set([...(this.groups.get(word) ?? []), ...words.filter((w) => w !== word)])]);
    }
  }

  of(word: string): string[] {
    return this.groups.get(word) ?? [];
  }
}
