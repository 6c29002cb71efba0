import { SearchDoc, SearchIndex } from './search-index';
import { Synonyms } from './synonyms';
import { Tokenizer } from './tokenizer';

const doc = (id: string, title: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({ id, title, keywords: [], synonyms: [], shortAnswer: '', body: '', category: 'social_assistance', areas: [], ...extra });

const ARTICLES: SearchDoc[] = [
  doc('dibao-apply', '最低生活保障（低保）申请条件和办理流程', { keywords: ['低保', '申请'], synonyms: ['吃低保', '低保金'], body: '共同生活的家庭成员人均收入低于当地低保标准，可向户籍所在地乡镇（街道）提出申请。' }),
  doc('dibao-amount', '低保金标准和发放时间', { keywords: ['低保', '发放'], body: '低保金每月10日前打到一卡通。' }),
  doc('elder-allowance', '高龄津贴申领条件和发放标准', { category: 'elder_care', keywords: ['高龄津贴', '老人补贴'], synonyms: ['老年人补贴', '长寿补贴'], body: '80周岁以上老年人按月发放高龄津贴，每月15日发放。' }),
  doc('disability-card-lost', '残疾证遗失补办', { category: 'disability', keywords: ['残疾证', '补办'], synonyms: ['残疾证丢了'], body: '残疾证遗失的，本人或监护人到县级残联申请补办。' }),
  doc('orphan', '孤儿基本生活费', { category: 'children', keywords: ['孤儿'], synonyms: ['没爹没妈的孩子'], areas: ['370102'] }),
];

describe('knowledge search index', () => {
  const index = new SearchIndex(new Tokenizer('高龄津贴 2000 n\n残疾证 2000 n\n低保金 2000 n\n'), new Synonyms('孩子,娃,小孩\n怎么,咋,咋样'));
  beforeAll(() => ARTICLES.forEach((a) => index.upsert(a)));
  const top = (q: string, filter = {}) => index.search(q, filter).map((h) => h.id);

  it.each([
    ['a colloquial question', '低保咋申请', 'dibao-apply'],
    ['a homophone typo', '低报怎么申请', 'dibao-apply'],
    ['a synonym of the keyword', '老年人补贴每月几号发', 'elder-allowance'],
    ['a typo in a policy name', '高玲津贴', 'elder-allowance'],
    ['a caller’s own words', '残疾证丢了怎么补', 'disability-card-lost'],
    ['pinyin initials of the title', 'gljt', 'elder-allowance'],
    ['full-width initials', 'ＣＪＺ', 'disability-card-lost'],
  ])('given %s, when searched, then the right article ranks first', (_what, query, expected) => {
    expect(top(query)[0]).toBe(expected);
  });

  it('given a word in the query, when searched, then the hit names it for highlighting and nothing matches stop words alone', () => {
    const [hit] = index.search('低保金什么时候发');
    expect(hit.id).toBe('dibao-amount');
    expect(hit.matched).toEqual(expect.arrayContaining(['低保金']));
    expect(index.search('怎么 的 吗 咋')).toEqual([]);
  });

  it('given filters, when searched, then only the category’s subtree and articles for the caller’s area (or everywhere) come back', () => {
    expect(top('补贴', { category: 'elder_care' })).toEqual(['elder-allowance']);
    expect(top('孤儿', { areaPath: '370102001' })).toEqual(['orphan']);
    expect(top('孤儿', { areaPath: '370103' })).toEqual([]);
  });

  it('given an article changed and one removed, when searched, then the index answers from the new text only', () => {
    index.upsert({ ...ARTICLES[1], title: '低保金发放日期', body: '每月20日发放。', keywords: [] });
    expect(index.search('低保金发放日期')[0].id).toBe('dibao-amount');
    index.remove('orphan');
    expect(top('孤儿')).toEqual([]);
    expect(index.size).toBe(4);
    // A new article takes the removed one's place and is found alone.
    index.upsert(doc('adoption', '儿童收养登记', { category: 'children', keywords: ['收养'] }));
    expect(index.search('收养登记').map((h) => [h.id, h.matched])).toEqual([['adoption', expect.arrayContaining(['收养'])]]);
    expect(index.size).toBe(5);
  });
});
