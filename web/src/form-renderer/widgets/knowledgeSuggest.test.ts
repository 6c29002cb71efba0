import { callerMobiles, suggestionText } from './knowledgeSuggest';

describe('the knowledge widget’s suggestions', () => {
  it('given a form’s values, when the suggestion is made, then the request’s name and the Chinese text are searched, and codes and numbers are not', () => {
    const values = { question: '老人想申请高龄津贴', relation: 'daughter', count: 3, phone: '13805312345', items: [{ note: '需要上门评估' }], repeat: '老人想申请高龄津贴' };
    expect(suggestionText(values, '政策咨询')).toBe('政策咨询 老人想申请高龄津贴 需要上门评估');
    expect(suggestionText({}, null)).toBe('');
    expect(suggestionText({ long: '长'.repeat(300) }).length).toBe(200);
  });

  it('given a case’s variables, when the caller’s mobiles are listed, then the caller’s comes first, landlines and repeats are left out', () => {
    const variables = { callerPhone: '138 0531 2345', elderPhone: '0531-86001234', elderRelatives: [{ name: '李娜', phone: '13905310001' }, { name: '李强', phone: '13805312345' }, 'junk'] };
    expect(callerMobiles(variables)).toEqual(['13805312345', '13905310001']);
    expect(callerMobiles(undefined)).toEqual([]);
  });

});
