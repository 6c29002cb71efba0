import { translatorFor } from '.';

describe('the modeler’s translator', () => {
  it('given a label of the Camunda 7 panel or of CareFlow’s own, when translated to zh-CN, then the dictionary reads it; in English it stays as written', () => {
    expect(translatorFor('zh-CN')('Topic')).toBe('主题');
    expect(translatorFor('zh-CN')('Handling')).toBe('办理设置');
    expect(translatorFor('en')('Topic')).toBe('Topic');
  });

  it('given a text with values, when translated, then the values are put in the zh-CN form', () => {
    expect(translatorFor('zh-CN')('Not in the forms library: {key}', { key: 'visit-check' })).toBe('表单库中没有：visit-check');
    expect(translatorFor('en')('Not in the forms library: {key}', { key: 'visit-check' })).toBe('Not in the forms library: visit-check');
  });

  it('given a Camunda 7 lint message with its values filled in, when translated to zh-CN, then its pattern gives the zh-CN form', () => {
    expect(translatorFor('zh-CN')('External task send (send) has no topic: choose a connector template')).toBe('外部任务 send (send) 没有主题：请选择一个连接器模板');
  });

  it('given the properties panel header and the lint button, when translated to zh-CN, then every element type reads in zh-CN', () => {
    const zh = translatorFor('zh-CN');
    expect(['Process', 'User Task', 'Service Task', 'Exclusive Gateway', 'Terminate End Event', 'Timer Boundary Event (Non Interrupting)'].map((type) => zh(type))).toEqual([
      '流程', '用户任务', '服务任务', '独占网关', '终止结束事件', '定时边界事件（非中断）',
    ]);
    expect(zh('No Issues')).toBe('没有问题');
    expect(zh('{errors} Errors, {warnings} Warnings', { errors: '0', warnings: '1' })).toBe('0 个错误，1 个警告');
    expect(translatorFor('en')('User Task')).toBe('User Task');
  });

  it('given an element template field left empty, when its check speaks zh-CN, then it names the field in zh-CN words (panel and lint alike)', () => {
    const zh = translatorFor('zh-CN');
    expect(zh('{label} must not be empty.', { label: '收件人' })).toBe('收件人不能为空。');
    expect(zh('收件人 must not be empty.')).toBe('收件人不能为空。');
    expect(zh('{label} cannot exceed {maxLength} characters.', { label: '短信内容', maxLength: '300' })).toBe('短信内容不能超过 300 个字符。');
  });

  it('given a text nothing knows, when translated, then it stays English', () => {
    expect(translatorFor('zh-CN')('Tool documentation is missing.')).toBe('Tool documentation is missing.');
  });
});
