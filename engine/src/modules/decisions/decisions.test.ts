import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { userOf } from '../../../test/support/provider-fixtures';
import { testEngine } from '../../../test/support/operaton-process-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Version = { key: string; version: number; status: string; definitionVersion: number | null; name: string };
type Problems = { error: { details?: { problems: { message: string; messageEn?: string }[] } } };

const dmn = (key: string, { hitPolicy = 'UNIQUE', language = '', output = '"normal"', extra = '' } = {}) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="${key}-definitions" name="上门优先级" namespace="http://careflow.example/dmn">
  <decision id="${key}" name="上门优先级">
    <decisionTable id="${key}-table" hitPolicy="${hitPolicy}">
      <input id="in-age" label="年龄"><inputExpression id="in-age-expr" typeRef="number"${language}><text>age</text></inputExpression></input>
      <output id="out-priority" name="priority" typeRef="string" />
      <rule id="rule-1"><inputEntry id="r1-age"><text>&gt;= 80</text></inputEntry><outputEntry id="r1-out"><text>"high"</text></outputEntry></rule>
      <rule id="rule-2"><inputEntry id="r2-age"><text>&lt; 80</text></inputEntry><outputEntry id="r2-out"><text>${output.replace(/"/g, '&quot;')}</text></outputEntry></rule>
    </decisionTable>
  </decision>${extra}
</definitions>`;

/** 决策表 through the API: saved as versions, published to the process engine on their own, bad DMN refused whole. */
describe.each(testDatabases())('decision tables on $name', ({ create, name }) => {
  const engine = useTestEngine(create);
  let analyst: ApiClient;
  const key = `visit-priority-${name}-${Date.now().toString(36)}`;
  const evaluate = async (age: number) => {
    const [result] = await testEngine().post<{ priority: { value: string } }[]>(`/decision-definition/key/${key}/evaluate`, { variables: { age: { value: age, type: 'Integer' } } });
    return result.priority.value;
  };
  beforeAll(async () => {
    analyst = await userOf(engine, `dmn_analyst_${name}`, ['analyst']);
  });

  it('given an analyst’s new table, when it is published and then changed and published again, then the engine evaluates the newest version and the older one is superseded', async () => {
    const created = await analyst.post<{ version: Version }>('/api/decisions', { xml: dmn(key) });
    expect(created.status).toBe(201);
    expect(created.body.version).toMatchObject({ key, version: 1, status: 'draft', name: '上门优先级' });
    const published = await analyst.post<{ version: Version }>(`/api/decisions/${key}/versions/1/publish`);
    expect(published.body.version).toMatchObject({ status: 'published', definitionVersion: 1 });
    expect(await evaluate(70)).toBe('normal');

    expect((await analyst.post(`/api/decisions/${key}/versions`, { xml: dmn(key, { output: '"low"' }) })).status).toBe(201);
    expect((await analyst.post<{ version: Version }>(`/api/decisions/${key}/versions/2/publish`)).body.version.definitionVersion).toBe(2);
    expect(await evaluate(70)).toBe('low');
    const { versions, xml } = (await analyst.get<{ versions: Version[]; xml: string }>(`/api/decisions/${key}`)).body;
    expect(versions.map((v) => `${v.version} ${v.status}`)).toEqual(['2 published', '1 superseded']);
    expect(xml).toContain('&quot;low&quot;');
    expect((await analyst.get<{ decisions: { key: string; publishedVersion: number }[] }>('/api/decisions')).body.decisions).toContainEqual(expect.objectContaining({ key, publishedVersion: 2 }));
    expect((await analyst.post(`/api/decisions/${key}/versions/1/publish`)).status).toBe(409);
  });

  it.each([
    ['JavaScript expressions (code on the server)', () => dmn(`${key}-js`, { language: ' expressionLanguage="javascript"' }), 'FEEL'],
    ['a BPMN file', () => '<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>', 'not a DMN model'],
    ['two decisions in one file', () => dmn(`${key}-two`, { extra: `<decision id="${key}-other" name="x"><literalExpression id="le"><text>1</text></literalExpression></decision>` }), 'exactly one decision'],
    ['a DOCTYPE (entity expansion)', () => `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]>${dmn(`${key}-dtd`).replace(/^<\?xml[^>]*>/, '')}`, 'DOCTYPE'],
  ])('given %s, when saved, then it is refused with the reason and nothing is stored', async (_what, xml, reason) => {
    const res = await analyst.post<Problems>('/api/decisions', { xml: xml() });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.error.details?.problems)).toContain(reason);
    expect((await analyst.get<{ decisions: { key: string }[] }>('/api/decisions')).body.decisions.filter((d) => d.key.startsWith(`${key}-`))).toEqual([]);
  });

  it('given a new version that renames the decision id, or a table the engine’s parser refuses, when saved or published, then it is a 422 and what runs is unchanged', async () => {
    const renamed = await analyst.post<Problems>(`/api/decisions/${key}/versions`, { xml: dmn(`${key}-renamed`) });
    expect(renamed.status).toBe(422);
    expect(JSON.stringify(renamed.body.error.details?.problems)).toContain(`must stay ${key}`);
    const saved = await analyst.post<{ version: Version }>(`/api/decisions/${key}/versions`, { xml: dmn(key, { hitPolicy: 'SOMETIMES' }) });
    const refused = await analyst.post<Problems>(`/api/decisions/${key}/versions/${saved.body.version.version}/publish`);
    expect(refused.status).toBe(422);
    const { versions } = (await analyst.get<{ versions: Version[] }>(`/api/decisions/${key}`)).body;
    expect(versions.find((v) => v.status === 'published')?.version).toBe(2);
    expect(await evaluate(70)).toBe('low');
  });

  it('given an agent, when they read or change decision tables, then they are refused; a supervisor reads them', async () => {
    const agent = await userOf(engine, `dmn_agent_${name}`, ['agent']);
    expect((await agent.get('/api/decisions')).status).toBe(403);
    expect((await agent.post('/api/decisions', { xml: dmn(`${key}-agent`) })).status).toBe(403);
    const supervisor = await userOf(engine, `dmn_supervisor_${name}`, ['supervisor']);
    expect((await supervisor.get(`/api/decisions/${key}`)).status).toBe(200);
    expect((await supervisor.post(`/api/decisions/${key}/versions/2/publish`)).status).toBe(403);
  });
});
