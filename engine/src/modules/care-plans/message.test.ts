import { lacksSubject, renderMessage } from './message';

const wang = { name: '王秀英', gender: 'female' as const };
const zhang = { name: '张三丰', gender: 'male' as const };

describe('care messages', () => {
  it('given a care call with no message of its own, when rendered for 王秀英, then the kind’s text addresses her as 奶奶', () => {
    expect(renderMessage({ kind: 'care_call', message: '', subject: '' }, wang, '2027-03-02')).toBe('奶奶您好，这里是养老服务热线，今天身体还好吗？一切都好请按 1，需要帮助请按 2。');
  });

  it('given a birthday greeting, when rendered for 张三丰, then it names him and says 爷爷', () => {
    expect(renderMessage({ kind: 'birthday', message: '', subject: '' }, zhang, '2027-05-06')).toBe('张三丰爷爷，热线全体工作人员祝您生日快乐、身体健康！听到请按 1，需要帮助请按 2。');
  });

  it('given a reminder of its own with every placeholder, when rendered, then each is replaced as plain text, and text that only looks like code is left as it is', () => {
    const plan = { kind: 'reminder' as const, message: '{姓名}{称呼}，{日期}请缴纳{事项}。${1+1} {其他}', subject: '取暖费' };
    expect(renderMessage(plan, wang, '2027-03-02')).toBe('王秀英奶奶，3月2日请缴纳取暖费。${1+1} {其他}');
    expect(renderMessage(plan, { name: '李四', gender: null }, '2027-11-30')).toBe('李四老人家，11月30日请缴纳取暖费。${1+1} {其他}');
  });

  it('given a reminder by the default text, when asked, then it lacks a subject until it has one; a care call, a text of its own without {事项} and a medication reminder do not', () => {
    expect(lacksSubject({ kind: 'reminder', message: '', subject: '' })).toBe(true);
    expect(lacksSubject({ kind: 'reminder', message: '', subject: '取暖费' })).toBe(false);
    expect(lacksSubject({ kind: 'reminder', message: '{称呼}您好，明天记得复诊。', subject: '' })).toBe(false);
    expect(lacksSubject({ kind: 'care_call', message: '', subject: '' })).toBe(false);
    expect(lacksSubject({ kind: 'medication', message: '', subject: '' })).toBe(false);
  });

  it('given a medication reminder, when rendered with and without a medicine, then the medicine is named only when there is one', () => {
    expect(renderMessage({ kind: 'medication', message: '', subject: '降压药' }, zhang, '2027-03-02')).toBe('爷爷您好，到吃药的时间了，请按时服药：降压药。知道了请按 1，需要帮助请按 2。');
    expect(renderMessage({ kind: 'medication', message: '', subject: '' }, zhang, '2027-03-02')).toBe('爷爷您好，到吃药的时间了，请按时服药。知道了请按 1，需要帮助请按 2。');
  });
});
