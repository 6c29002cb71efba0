import fs from 'node:fs';
import path from 'node:path';
import { dmnTranslatorFor } from './translate';
import { DMN_ZH_CN } from './zh-CN';

/** Every literal text the installed dmn-js-decision-table and dmn-js-shared pass to translate(). */
function dmnJsStrings(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.js')) for (const m of fs.readFileSync(file, 'utf8').matchAll(/translate\(\s*(?:'([^']+)'|"([^"]+)")/g)) found.add(m[1] ?? m[2]);
    }
  };
  for (const pkg of ['dmn-js-decision-table', 'dmn-js-shared']) walk(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'lib'));
  return [...found].sort();
}

const placeholders = (text: string) => [...text.matchAll(/{([^}]+)}/g)].map((m) => m[1].trim()).sort();

describe('the decision table’s zh-CN', () => {
  const strings = dmnJsStrings();

  it('given the texts dmn-js hands to translate(), then each has a zh-CN entry', () => {
    expect(strings.length).toBeGreaterThan(120);
    expect(strings.filter((s) => !(s in DMN_ZH_CN))).toEqual([]);
  });

  it('given a zh-CN entry, then it keeps the English one’s placeholders and says it in Chinese', () => {
    const broken = Object.entries(DMN_ZH_CN).filter(([en, zh]) => JSON.stringify(placeholders(en)) !== JSON.stringify(placeholders(zh)) || !/[\u4e00-\u9fff]/.test(zh));
    expect(broken).toEqual([]);
  });

  it('given a text with a value, when translated, then the value is filled in, in zh-CN and in English', () => {
    expect(dmnTranslatorFor('zh-CN')('e.g. { sample }', { sample: 'P1D' })).toBe('例如 P1D');
    expect(dmnTranslatorFor('zh-CN')('Expression language: {expressionLanguageLabel}', { expressionLanguageLabel: 'FEEL' })).toBe('表达式语言：FEEL');
    expect(dmnTranslatorFor('en')('e.g. { sample }', { sample: 'P1D' })).toBe('e.g. P1D');
    expect(dmnTranslatorFor('en')('Hit policy')).toBe('Hit policy');
    expect(dmnTranslatorFor('zh-CN')('First')).toBe('首条命中');
  });
});
