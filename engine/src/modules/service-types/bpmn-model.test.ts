import { processVariableDefaults, readBpmnModel } from './bpmn-model';

const model = (properties: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="care" isExecutable="true">
    <bpmn:extensionElements><camunda:properties>${properties}</camunda:properties></bpmn:extensionElements>
    <bpmn:startEvent id="start" />
  </bpmn:process>
  <bpmn:process id="other" isExecutable="false">
    <bpmn:extensionElements><camunda:properties><camunda:property name="default.otherWithin" value="PT1H" /></camunda:properties></bpmn:extensionElements>
  </bpmn:process>
</bpmn:definitions>`;

describe('variable defaults of a process', () => {
  it('given default.<name> extension properties on a process, when read, then they are its defaults, and only its own', () => {
    const xml = model('<camunda:property name="default.relativesReachWithin" value="PT5M" /><camunda:property name="default.workerAcceptWithin" value="PT10M" />');
    expect(processVariableDefaults(xml, 'care')).toEqual({ relativesReachWithin: 'PT5M', workerAcceptWithin: 'PT10M' });
    expect(processVariableDefaults(xml, 'other')).toEqual({ otherWithin: 'PT1H' });
    expect(processVariableDefaults(xml, 'missing')).toEqual({});
  });

  it('given other properties, names that are no variable and an expression as a value, when read, then only well-named defaults count and values stay plain text', () => {
    const xml = model('<camunda:property name="owner" value="x" /><camunda:property name="default.a-b" value="1" /><camunda:property name="default." value="1" /><camunda:property name="default.due" value="${now()}" />');
    expect(processVariableDefaults(xml, 'care')).toEqual({ due: '${now()}' });
    expect(readBpmnModel(xml).processes.map((p) => p.id)).toEqual(['care', 'other']);
  });

  it('given a single property, when read, then it is a default too (one element is not a list in the XML)', () => {
    expect(processVariableDefaults(model('<camunda:property name="default.within" value="PT2M" />'), 'care')).toEqual({ within: 'PT2M' });
  });
});
