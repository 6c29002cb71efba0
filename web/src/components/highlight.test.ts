import { highlightParts } from './highlight';

describe('highlightParts', () => {
  it('given matched words, when a title is split, then each occurrence is a hit and the rest stays plain text', () => {
    expect(highlightParts('高龄津贴每月发放，津贴到社保卡', ['津贴', '发放'])).toEqual([
      { text: '高龄', hit: false },
      { text: '津贴', hit: true },
      { text: '每月', hit: false },
      { text: '发放', hit: true },
      { text: '，', hit: false },
      { text: '津贴', hit: true },
      { text: '到社保卡', hit: false },
    ]);
  });

  it('given overlapping words and upper case, when split, then the longest word wins and case is kept', () => {
    expect(highlightParts('IVR 高龄津贴', ['ivr', '津贴', '高龄津贴'])).toEqual([
      { text: 'IVR', hit: true },
      { text: ' ', hit: false },
      { text: '高龄津贴', hit: true },
    ]);
  });

  it('given markup in the text or no words, when split, then it comes back as one plain part', () => {
    expect(highlightParts('<b>津贴</b>', [])).toEqual([{ text: '<b>津贴</b>', hit: false }]);
    expect(highlightParts('', ['津贴'])).toEqual([]);
  });
});
