import { translatorFor } from '.';
import { translateLintMessage } from './lint-messages';

describe('zh-CN for lint messages', () => {
  it.each([
    ['Element of type <bpmn:ComplexGateway> not allowed', 'Zeebe 不支持 <bpmn:ComplexGateway> 类型的元素'],
    ['Element of type <bpmn:Message> must have one extension element of type <zeebe:Subscription>', '<bpmn:Message> 必须有一个 <zeebe:Subscription> 扩展元素'],
    ['Element of type <bpmn:ServiceTask> must have property <zeebe:TaskDefinition> or <zeebe:Script>', '<bpmn:ServiceTask> 必须设置属性 <zeebe:TaskDefinition> 或 <zeebe:Script>'],
    ['Element of type <bpmn:Foo> must have property <a> if it has property <b>', '<bpmn:Foo> 设置了属性 <b> 时必须设置属性 <a>'],
    ['Property value of <one day> not allowed', '属性值 <one day> 无效'],
    ['Property <timeCycle> only allowed by Camunda 8.6 or newer', '属性 <timeCycle> 需要 Camunda 8.6 或更高版本'],
    ['Multiple elements of type <bpmn:StartEvent> with no event definition not allowed as children of <bpmn:Process>', '一个流程只能有一个无触发的开始事件'],
    ['Loop detected: a -> b -> a', '检测到没有出口的循环：a -> b -> a'],
    ['No connector works on job type acme:fax:1', '没有连接器处理作业类型 acme:fax:1'],
    ['No connector works on job type acme:fax:1 (known: careflow:sms:1, careflow:case-event:1)', '没有连接器处理作业类型 acme:fax:1（可用：careflow:sms:1, careflow:case-event:1）'],
    ['User task has no form (zeebe:formDefinition formKey)', '用户任务未绑定表单（zeebe:formDefinition formKey）'],
    ['bpmn:ServiceTask has no job type (zeebe:taskDefinition type)', 'bpmn:ServiceTask 没有作业类型（zeebe:taskDefinition type）'],
  ])('given the rule message "%s", when translated, then it reads "%s"', (english, zh) => {
    expect(translateLintMessage(english)).toBe(zh);
  });

  it('given a message no pattern knows, when translated, then there is no zh-CN form and the translator keeps the English', () => {
    expect(translateLintMessage('Tool documentation is missing.')).toBeUndefined();
    expect(translatorFor('zh-CN')('Tool documentation is missing.')).toBe('Tool documentation is missing.');
  });

  it('given the UI in English, when a compat message is translated, then it stays English; in zh-CN the dictionary and the patterns both apply', () => {
    expect(translatorFor('en')('Element of type <bpmn:ComplexGateway> not allowed')).toBe('Element of type <bpmn:ComplexGateway> not allowed');
    expect(translatorFor('en')('User task has no form')).toBe('User task has no form');
    expect(translatorFor('zh-CN')('User task has no form')).toBe('用户任务未绑定表单');
    expect(translatorFor('zh-CN')('Element of type <bpmn:ComplexGateway> not allowed')).toBe('Zeebe 不支持 <bpmn:ComplexGateway> 类型的元素');
  });
});
