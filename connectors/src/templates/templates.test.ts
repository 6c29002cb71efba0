import fs from 'node:fs';
import { validateZeebe } from '@bpmn-io/element-templates-validator';
import { z } from 'zod';
import { caseEventTemplate, CASE_EVENT_JOB_TYPE } from '../case-event/descriptor';
import { connectors, templated } from '../registry';
import { defineConnector, ConnectorDescriptor } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { elementTemplate } from './element-template';
import { latestFile, templateText, versionedFile } from './template-files';

const labels = { 'zh-CN': '测试', en: 'Test' };

describe('element templates', () => {
  describe.each(templated.map((c) => [`careflow:${c.id}:${c.version}`, c] as const))('given the connector %s', (_type, descriptor) => {
    it('when its template is made, then it is valid for Camunda 8 and fixes the job type', () => {
      const template = elementTemplate(descriptor);
      const result = validateZeebe(template);

      expect(result.errors ?? []).toEqual([]);
      expect(template.properties[0]).toEqual({ type: 'Hidden', value: `careflow:${descriptor.id}:${descriptor.version}`, binding: { type: 'zeebe:taskDefinition', property: 'type' } });
    });

    it('when the build has run, then the released and the newest template files are what the descriptor makes', () => {
      const text = templateText(descriptor);
      expect(fs.existsSync(versionedFile(descriptor)) ? fs.readFileSync(versionedFile(descriptor), 'utf8') : 'missing: run npm run build').toBe(text);
      expect(fs.existsSync(latestFile(descriptor)) ? fs.readFileSync(latestFile(descriptor), 'utf8') : 'missing: run npm run build').toBe(text);
    });
  });

  describe('given a descriptor with every kind of input', () => {
    const descriptor = defineConnector({
      id: 'sample',
      version: 2,
      name: { 'zh-CN': '示例', en: 'Sample' },
      description: labels,
      input: z.object({
        to: field(z.string(), { label: { 'zh-CN': '收件人', en: 'To' } }),
        text: field(z.string().optional(), { label: { 'zh-CN': '内容', en: 'Text' }, type: 'Text' }),
        mode: field(z.enum(['robot', 'agent']).default('robot'), { label: { 'zh-CN': '方式', en: 'Mode' } }),
        urgent: field(z.boolean(), { label: { 'zh-CN': '加急', en: 'Urgent' } }),
        phones: field(z.array(z.string()), { label: { 'zh-CN': '号码', en: 'Phones' }, when: { field: 'mode', equals: 'robot' } }),
      }),
      errors: { NO_ANSWER: { 'zh-CN': '无人接听', en: 'No answer' } },
      run: async () => ({}),
    }) as unknown as ConnectorDescriptor;

    it('when its template is made, then each input is a labelled field of the right type bound to an input mapping', () => {
      const template = elementTemplate(descriptor);
      const byId = Object.fromEntries(template.properties.filter((p) => p.id).map((p) => [p.id, p]));

      expect(validateZeebe(template).errors ?? []).toEqual([]);
      expect(template).toMatchObject({ id: 'careflow.sample', name: '示例', version: 2 });
      expect(byId.to).toMatchObject({ label: '收件人', type: 'String', feel: 'optional', constraints: { notEmpty: true }, binding: { type: 'zeebe:input', name: 'to' } });
      expect(byId.text).toMatchObject({ type: 'Text', optional: true });
      expect(byId.mode).toMatchObject({ type: 'Dropdown', optional: true, choices: [{ name: 'robot', value: 'robot' }, { name: 'agent', value: 'agent' }] });
      expect(byId.urgent).toMatchObject({ type: 'Boolean' });
      expect(byId.phones).toMatchObject({ feel: 'required', condition: { property: 'mode', equals: 'robot' } });
      expect(byId.resultVariable.binding).toEqual({ type: 'zeebe:taskHeader', key: 'resultVariable' });
      expect(template.properties.find((p) => p.binding.type === 'zeebe:taskHeader' && p.binding.key === 'errorCodes')).toMatchObject({ value: 'NO_ANSWER' });
    });

    it('when an input has no labels, then making the template names it', () => {
      const unlabelled = { ...descriptor, input: z.object({ bare: z.string() }) } as ConnectorDescriptor;

      expect(() => elementTemplate(unlabelled)).toThrow('Input sample.bare has no template labels');
    });
  });

  describe('given the engine\'s case-event worker, which has a template but no connector', () => {
    const template = elementTemplate(caseEventTemplate);
    const byId = Object.fromEntries(template.properties.filter((p) => p.id).map((p) => [p.id, p]));

    it('when its template is made, then the event is a labelled header dropdown, with a typed name behind "other"', () => {
      expect(template.properties[0].value).toBe(CASE_EVENT_JOB_TYPE);
      expect(byId.event).toMatchObject({ type: 'Dropdown', value: 'closed', binding: { type: 'zeebe:taskHeader', key: 'event' } });
      expect(byId.event.choices).toContainEqual({ name: '时限预警（sla.warning）', value: 'sla.warning' });
      expect(byId.customEvent).toMatchObject({ binding: { type: 'zeebe:input', name: 'event' }, condition: { property: 'event', equals: 'other' } });
      expect(byId.message.binding).toEqual({ type: 'zeebe:input', name: 'message' });
    });

    it('when its template is made, then it offers none of the connector runtime\'s headers and no connector runs it', () => {
      expect(Object.keys(byId)).not.toContain('resultVariable');
      expect(Object.keys(byId)).not.toContain('retryBackoff');
      expect(template.groups.map((g) => g.id)).toEqual(['input', 'retries']);
      expect(connectors.map((c) => c.id)).not.toContain(caseEventTemplate.id);
    });
  });
});
