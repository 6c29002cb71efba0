import { HOSTILE_EXPRESSIONS, RAN } from '@careflow/forms/src/expression-cases';
import { eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { FormVersionEntity } from './entities';

type ErrorBody = { error: { code: string; details?: { path: string; code?: string }[] } };
const SAFE = { type: 'object', properties: { kind: { type: 'string' }, note: { type: 'string' } } };
const CATASTROPHIC = '^(a+)+$';
/** What a form could hold if it was stored before the checks, or written straight into the database. */
const TAMPERED = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['fall', 'ill'] },
    note: {
      type: 'string',
      'x-reactions': [
        ...HOSTILE_EXPRESSIONS.filter(([what]) => what !== 'import()').map(([, expression]) => ({ dependencies: ['kind'], fulfill: { state: { description: `{{${expression}}}` } } })),
        { dependencies: ['kind'], fulfill: { state: { required: '{{$deps[0] === "fall"}}' }, run: `globalThis.${RAN}=1` } },
      ],
    },
    code: { type: 'string', pattern: CATASTROPHIC },
  },
};
const ran = () => (globalThis as Record<string, unknown>)[RAN];

/** Had the engine's backtracking RegExp run the pattern on 40 characters, it would not return: make it fail instead. */
function forbidNativeRun(source: string): void {
  const original = RegExp.prototype.test;
  jest.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
    if (this.source === source) throw new Error(`the backtracking engine ran ${source}`);
    return original.call(this, s);
  });
}
afterEach(() => jest.restoreAllMocks());

describe.each(testDatabases())('forms stored before the schema checks on $name', ({ create }) => {
  const engine = useTestEngine(create);

  it('given a form whose stored schema holds hostile expressions and a catastrophic pattern, when its task is completed, then nothing runs and the values are still validated', async () => {
    const admin = engine.admin;
    expect((await admin.post('/api/forms', { key: 'tampered-form', title: '被篡改', schema: SAFE })).status).toBe(201);
    expect((await admin.post<ErrorBody>('/api/forms/tampered-form/versions', { schema: TAMPERED })).status).toBe(400);
    await engine.running.dataSource.getRepository(FormVersionEntity).update({ formKey: 'tampered-form', version: 1 }, { schema: TAMPERED });

    await admin.post('/api/service-types', { key: 'tampered', names: { 'zh-CN': '篡改', en: 'Tampered' }, category: 'test' });
    const xml = chain(uniqueProcessId('tampered'), [{ id: 'intake', xml: userTask('intake', 'tampered-form', 'agents') }]);
    await admin.post('/api/service-types/tampered/versions', { bpmnXml: xml, settings: { priority: 'normal', channels: ['phone'] } });
    expect((await admin.post('/api/service-types/tampered/publish', { version: 1 })).status).toBe(200);
    const opened = await admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'tampered', channel: 'phone' });
    const task = await eventually(async () => (await admin.get<{ tasks: { id: string }[] }>(`/api/cases/${opened.body.case.id}`)).body.tasks[0], 30_000, 'the task');

    forbidNativeRun(CATASTROPHIC);
    const view = await admin.get<{ form: { schema: unknown } }>(`/api/tasks/${task.id}`);
    expect(view.body.form.schema).toEqual(TAMPERED);
    const bad = await admin.post<ErrorBody>(`/api/tasks/${task.id}/complete`, { variables: { kind: 'fall', code: `${'a'.repeat(40)}!` } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.map((d) => [d.path, d.code]).sort()).toEqual([['code', 'pattern'], ['note', 'required']]);
    expect((await admin.post(`/api/tasks/${task.id}/complete`, { variables: { kind: 'fall', note: '老人摔倒', code: 'aaaa' } })).status).toBe(200);
    expect(ran()).toBeUndefined();
  });
});
