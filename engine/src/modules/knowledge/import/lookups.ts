import { AreaService } from '../../areas/service';
import { DictionaryService } from '../../dictionaries/service';

export const CATEGORY_DICTIONARY = 'knowledge_category';
const SUB_PATH = /^(\/[a-z][a-z0-9_-]{0,39}){0,3}$/;

type Found = { code: string } | { problem: 'unknown' } | { problem: 'bad' } | { problem: 'ambiguous'; codes: string[] };

/** The categories and areas an import's cells name, loaded once for the whole file. */
export class ImportLookups {
  private constructor(
    private readonly categories: { code: string; label: string; labelEn: string }[],
    private readonly areas: { code: string; name: string }[],
  ) {}

  static async load(dictionaries: DictionaryService, areas: AreaService): Promise<ImportLookups> {
    const dictionary = await dictionaries.get(CATEGORY_DICTIONARY).catch(() => undefined);
    const options = (dictionary?.options ?? []).filter((o) => o.active);
    return new ImportLookups(options, (await areas.list()).map((a) => ({ code: a.code, name: a.name })));
  }

  /** 'social_assistance', '社会救助' or '社会救助/dibao' → the category path with the dictionary's code first. */
  category(cell: string): Found {
    const slash = cell.indexOf('/');
    const [top, rest] = slash < 0 ? [cell, ''] : [cell.slice(0, slash).trim(), cell.slice(slash).replace(/\s+/g, '')];
    const option = this.categories.find((o) => o.code === top || o.label === top || o.labelEn.toLowerCase() === top.toLowerCase());
    if (!option) return { problem: 'unknown' };
    if (!SUB_PATH.test(rest)) return { problem: 'bad' };
    return { code: option.code + rest };
  }

  /** The category as the export writes it: the zh label for a top-level category, else the code path (re-imports the same). */
  categoryText(code: string): string {
    return code.includes('/') ? code : (this.categories.find((o) => o.code === code)?.label ?? code);
  }

  /** An area by its code, else by its name when one area has it. */
  area(cell: string): Found {
    if (/^\d{2,12}$/.test(cell)) return this.areas.some((a) => a.code === cell) ? { code: cell } : { problem: 'unknown' };
    const named = this.areas.filter((a) => a.name === cell);
    if (named.length === 1) return { code: named[0].code };
    return named.length === 0 ? { problem: 'unknown' } : { problem: 'ambiguous', codes: named.map((a) => a.code) };
  }
}
