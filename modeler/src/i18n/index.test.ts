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

  it('given a text nothing knows, when translated, then it stays English', () => {
    expect(translatorFor('zh-CN')('Tool documentation is missing.')).toBe('Tool documentation is missing.');
  });
});
