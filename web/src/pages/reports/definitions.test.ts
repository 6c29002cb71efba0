import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { SECTIONS, sectionMessages } from './definitionSections';

const lookup = (messages: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);

describe('指标口径', () => {
  it('given every report’s KPIs, when their definitions are looked up, then each has a name, a formula and its events in both languages', () => {
    const missing = SECTIONS.flatMap(sectionMessages).flatMap((path) => [lookup(zhCN, path), lookup(en, path)].map((text, i) => (typeof text === 'string' && text.trim() ? null : `${i ? 'en' : 'zh-CN'} ${path}`))).filter(Boolean);
    expect(missing).toEqual([]);
  });

  it('given a key that is not defined, when looked up, then it is missing (the check above can fail)', () => {
    expect(lookup(zhCN, 'reports.definitions.cases.nothing.formula')).toBeUndefined();
  });
});
