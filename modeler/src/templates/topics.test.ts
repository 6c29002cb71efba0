import { connectorOutputsOf, topicOf, topicsOf, type ElementTemplate } from './topics';

const template = (id: string, properties: Record<string, unknown>[]): ElementTemplate => ({ $schema: 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json', id, name: id, version: 1, appliesTo: ['bpmn:Task'], properties });
const external = (topic: string) => [
  { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
  { type: 'Hidden', value: topic, binding: { type: 'property', name: 'camunda:topic' } },
];

describe('the external-task topic of a Camunda 7 element template', () => {
  it('given an external-task template, when read, then its camunda:topic is the topic', () => {
    expect(topicOf(template('careflow.echo', external('careflow.echo:1')))).toBe('careflow.echo:1');
  });

  it('given a template binding the topic to an input or none at all, when read, then it has no topic', () => {
    expect(topicOf(template('a', [{ type: 'String', value: 'x', binding: { type: 'camunda:inputParameter', name: 'camunda:topic' } }]))).toBeUndefined();
    expect(topicOf(template('b', [{ type: 'String', binding: { type: 'property', name: 'camunda:topic' } }]))).toBeUndefined();
  });

  it('given several versions of templates, when listed, then each topic comes once, sorted', () => {
    const all = [template('sms', external('careflow.sms:2')), template('echo', external('careflow.echo:1')), template('sms', external('careflow.sms:2')), template('none', [])];
    expect(topicsOf(all)).toEqual(['careflow.echo:1', 'careflow.sms:2']);
  });

  it('given templates with output parameters, when their outputs are read, then each topic lists the names its outputs carry', () => {
    const output = (name: string) => ({ type: 'String', value: name, binding: { type: 'camunda:outputParameter', source: `\${${name}}` } });
    const all = [template('call', [...external('careflow:call:1'), output('call')]), template('echo', [...external('careflow:echo:1'), output('echo')]), template('none', [output('x')])];
    expect(connectorOutputsOf(all)).toEqual({ 'careflow:call:1': ['call'], 'careflow:echo:1': ['echo'] });
  });
});
