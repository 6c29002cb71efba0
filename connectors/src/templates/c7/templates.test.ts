import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validate } from '@bpmn-io/element-templates-validator';
import { z } from 'zod';
import { connectors } from '../../registry';
import { ConnectorDescriptor, defineConnector } from '../../runtime/descriptor';
import { field } from '../../runtime/template-fields';
import { c7ElementTemplate } from './element-template';
import { TEMPLATES_DIR, writeTemplateFiles } from '../template-files';
import { c7LatestFile, c7TemplateText, c7VersionedFile } from './template-files';

const labels = { 'zh-CN': '测试', en: 'Test' };
const isNewest = (d: ConnectorDescriptor) => !connectors.some((c) => c.id === d.id && c.version > d.version);

describe('Camunda 7 element templates', () => {
  describe.each(connectors.map((c) => [`careflow:${c.id}:${c.version}`, c] as const))('given the connector %s', (topic, descriptor) => {
    it('when its template is made, then it is valid for Camunda 7 and makes the task an external task on the topic', () => {
      const template = c7ElementTemplate(descriptor);

      expect(validate(template).errors ?? []).toEqual([]);
      expect(template.properties.slice(0, 2)).toEqual([
        { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
        { type: 'Hidden', value: topic, binding: { type: 'property', name: 'camunda:topic' } },
      ]);
    });

    it('when the build has run, then the released and the newest template files are what the descriptor makes', () => {
      const text = c7TemplateText(descriptor);
      const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : 'missing: run npm run build');
      expect(read(c7VersionedFile(descriptor))).toBe(text);
      // The newest file is the newest version's; an older version still served keeps its released file only.
      if (isNewest(descriptor)) expect(read(c7LatestFile(descriptor))).toBe(text);
      else expect(read(c7LatestFile(descriptor))).not.toBe(text);
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
        mode: field(z.enum(['robot', 'agent']).default('robot'), { label: { 'zh-CN': '方式', en: 'Mode' }, choices: { robot: { 'zh-CN': '机器人', en: 'Robot' }, agent: { 'zh-CN': '坐席', en: 'Agent' } } }),
        urgent: field(z.boolean().default(false), { label: { 'zh-CN': '加急', en: 'Urgent' } }),
        minutes: field(z.number().int(), { label: { 'zh-CN': '分钟', en: 'Minutes' }, value: 5 }),
        phones: field(z.array(z.string()), { label: { 'zh-CN': '号码', en: 'Phones' }, when: { field: 'mode', equals: 'robot' } }),
        channel: field(z.string().optional(), { label: { 'zh-CN': '线路', en: 'Line' }, header: true }),
      }),
      output: { call: { 'zh-CN': '通话结果', en: 'The call' } },
      errors: { NO_ANSWER: { 'zh-CN': '无人接听', en: 'No answer' } },
      retryBackoff: 'PT10S',
      run: async () => ({}),
    }) as unknown as ConnectorDescriptor;
    const template = c7ElementTemplate(descriptor);
    const byId = Object.fromEntries(template.properties.filter((p) => p.id).map((p) => [p.id, p]));

    it('when its template is made, then inputs are labelled input parameters of a Camunda 7 field type, in zh-CN', () => {
      expect(validate(template).errors ?? []).toEqual([]);
      expect(template).toMatchObject({ id: 'careflow.sample', name: '示例', version: 2, $schema: 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json' });
      expect(byId.to).toEqual({ id: 'to', label: '收件人', type: 'String', group: 'input', constraints: { notEmpty: true }, binding: { type: 'camunda:inputParameter', name: 'to' } });
      expect(byId.text).toMatchObject({ type: 'Text', binding: { type: 'camunda:inputParameter', name: 'text' } });
      expect(byId.text.constraints).toBeUndefined();
      expect(byId.mode).toMatchObject({ type: 'Dropdown', value: 'robot', choices: [{ name: '机器人', value: 'robot' }, { name: '坐席', value: 'agent' }] });
      expect(byId.urgent).toMatchObject({ type: 'Dropdown', value: '${false}', choices: [{ name: '否', value: '${false}' }, { name: '是', value: '${true}' }] });
      expect(byId.minutes).toMatchObject({ type: 'String', value: '5', description: '填数字，或表达式' });
      expect(byId.phones).toMatchObject({ type: 'String', description: '可写表达式（如 ${phones}）或 JSON；仅当「方式」为 robot 时使用' });
      expect(byId.channel).toMatchObject({ type: 'String', binding: { type: 'camunda:property', name: 'channel' } });
    });

    it('when its template is made, then each output starts as a null local and is mapped out under a name the analyst may change', () => {
      expect(template.properties).toContainEqual({ type: 'Hidden', value: '${null}', binding: { type: 'camunda:inputParameter', name: 'call' } });
      expect(byId['output.call']).toMatchObject({ type: 'String', value: 'call', constraints: { notEmpty: true }, binding: { type: 'camunda:outputParameter', source: '${call}' } });
    });

    it('when its template is made, then error codes, retries and the backoff are task properties the runtime reads', () => {
      const property = (name: string) => template.properties.find((p) => p.binding.type === 'camunda:property' && p.binding.name === name);
      expect(property('errorCodes')).toMatchObject({ type: 'Hidden', value: 'NO_ANSWER', description: 'NO_ANSWER（无人接听）' });
      expect(property('retries')).toMatchObject({ value: '3' });
      expect(property('retryBackoff')).toMatchObject({ value: 'PT10S' });
      expect(template.groups.map((g) => g.id)).toEqual(['input', 'output', 'errors', 'retries']);
    });

    it('when an input has no labels, or an output has an input\'s name, then making the template says so', () => {
      expect(() => c7ElementTemplate({ ...descriptor, input: z.object({ bare: z.string() }) })).toThrow('Input sample.bare has no template labels');
      expect(() => c7ElementTemplate({ ...descriptor, output: { to: labels } })).toThrow('sample: to is both an input and an output');
    });

    it('when a property uses a field type Camunda 7 has no input parameters of, then the validator refuses it (it checks the Camunda 7 schema)', () => {
      const wrong = { ...template, properties: [...template.properties, { label: 'x', type: 'Boolean', binding: { type: 'camunda:inputParameter', name: 'x' } }] };
      expect(validate(wrong).valid).toBe(false);
    });
  });

  describe('given the generator (the build writes connectors/templates/ with it)', () => {
    const echo = connectors.find((c) => c.id === 'echo')!;
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-templates-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('when it runs twice, then the first run writes the newest and the released file of each connector and the second writes nothing', () => {
      const first = writeTemplateFiles([echo], dir, c7TemplateText);
      const second = writeTemplateFiles([echo], dir, c7TemplateText);

      expect(first.problems).toEqual([]);
      expect(first.written.map((f) => path.basename(f)).sort()).toEqual(['careflow.echo-1.json', 'careflow.echo.json']);
      expect(fs.readFileSync(path.join(dir, 'careflow.echo.json'), 'utf8')).toBe(c7TemplateText(echo));
      expect(second).toEqual({ written: [], problems: [] });
    });

    it('when a connector has two versions, then both released files are written and the newest file is the newer version’s', () => {
      const v2 = { ...echo, version: 2, name: { 'zh-CN': '回声 2', en: 'Echo 2' } } as ConnectorDescriptor;
      const first = writeTemplateFiles([echo, v2], dir, c7TemplateText);

      expect(first.written.map((f) => path.basename(f)).sort()).toEqual(['careflow.echo-1.json', 'careflow.echo-2.json', 'careflow.echo.json']);
      expect(fs.readFileSync(path.join(dir, 'careflow.echo.json'), 'utf8')).toBe(c7TemplateText(v2));
      expect(writeTemplateFiles([echo, v2], dir, c7TemplateText)).toEqual({ written: [], problems: [] });
    });

    it('when a released template would change, then nothing is written for it and the connector is told to take a new version', () => {
      fs.mkdirSync(path.join(dir, 'versioned'));
      fs.writeFileSync(path.join(dir, 'versioned', 'careflow.echo-1.json'), '{}\n');

      const result = writeTemplateFiles([echo], dir, c7TemplateText);

      expect(result.written).toEqual([]);
      expect(result.problems).toEqual([expect.stringMatching(/^careflow:echo:1: its template changed after release .*; give the connector version 2$/)]);
      expect(fs.existsSync(path.join(dir, 'careflow.echo.json'))).toBe(false);
    });

    it('when the build has run, then connectors/templates holds Camunda 7 templates only, and only of the connectors there are', () => {
      const names = (sub: string) => fs.readdirSync(path.join(TEMPLATES_DIR, sub)).sort();
      const released = names('c7/versioned');

      expect(names('.')).toEqual(['c7']);
      expect(names('c7')).toEqual([...new Set(connectors.map((c) => `careflow.${c.id}.json`)), 'versioned'].sort());
      expect(released).toEqual(expect.arrayContaining(connectors.map((c) => `careflow.${c.id}-${c.version}.json`)));
      expect(released.filter((f) => !connectors.some((c) => new RegExp(`^careflow\\.${c.id}-\\d+\\.json$`).test(f)))).toEqual([]);
    });
  });
});
