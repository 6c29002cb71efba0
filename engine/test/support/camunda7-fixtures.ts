/**
 * A small element template in the Camunda 7 format, for testing the Camunda 7 modeler on its own:
 * the echo connector as an external task on topic careflow.echo:1, its message as a local input.
 */
export const ECHO_TEMPLATE_C7 = {
  $schema: 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json',
  id: 'careflow.echo',
  name: '回声（示例）',
  description: '把输入的消息原样返回，用于验证流程与连接器的连通。',
  version: 1,
  category: { id: 'careflow', name: 'CareFlow' },
  appliesTo: ['bpmn:Task'],
  elementType: { value: 'bpmn:ServiceTask' },
  groups: [{ id: 'input', label: '输入' }, { id: 'output', label: '输出' }],
  properties: [
    { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
    { type: 'Hidden', value: 'careflow.echo:1', binding: { type: 'property', name: 'camunda:topic' } },
    { id: 'message', label: '消息', type: 'String', group: 'input', constraints: { notEmpty: true }, binding: { type: 'camunda:inputParameter', name: 'message' } },
    { id: 'result', label: '结果变量', type: 'String', group: 'output', value: 'echo', binding: { type: 'camunda:outputParameter', source: '${echo}' } },
  ],
};
