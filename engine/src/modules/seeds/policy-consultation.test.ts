import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { caseHistory, caseReader } from '../../../test/support/emergency-fixtures';
import { userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type ClosedCase = { case: { status: string; satisfaction: string | null; firstContactResolved: boolean | null } };
type Article = { id: string; title: string; latestStatus: string };
type Version = { body: string; shortAnswer: string; category: string };
const CALLER = '13905310001';

/** The shipped 政策咨询 process on the run's engine: answered on the call, or handed on to a department and answered back. */
describe.each(testDatabases())('the policy-consultation service type on $name', ({ create, name }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = caseReader(() => engine.admin);
  const { story } = caseHistory(cases, () => engine.admin);

  const open = async (variables: Record<string, unknown>) => {
    const res = await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'policy-consultation', channel: 'phone', variables });
    if (res.status !== 201) throw new Error(`case not opened: ${res.status} ${JSON.stringify(res.body)}`);
    opened.push(res.body.case.id);
    return res.body.case;
  };
  const closed = (caseId: string) => eventually(async () => {
    const d = (await engine.admin.get<ClosedCase>(`/api/cases/${caseId}`)).body;
    return d.case.status === 'closed' ? d.case : undefined;
  }, 60_000, 'the closed case');

  it('given a caller asking how to apply for 低保, when the agent answers on the call, asks for an SMS and proposes an article, then the case closes as resolved on first contact, the answer is texted and the authors get a draft', async () => {
    const author = await userOf(engine, `consult_author_${name}`, ['knowledge_author']);
    const c = await open({ question: '低保咋申请，要带啥材料', knowledgeCategory: 'social_assistance', callerPhone: CALLER, returnVisitPercent: 0 });
    await cases.complete(c.id, 'answer', { answerSummary: '向户籍所在地乡镇（街道）申请，带身份证、户口簿和收入证明。', consultationOutcome: 'resolved', smsReply: true, proposeArticle: true });

    expect(await closed(c.id)).toMatchObject({ status: 'closed', firstContactResolved: true });
    const texts = await eventually(async () => (await cases.sms(c.id)).filter((m) => m.content.includes('户口簿')), 30_000, 'the answer texted');
    expect(texts).toHaveLength(1);
    expect(texts[0].content).toContain(`工单 ${c.caseNumber}`);

    const drafts = (await author.get<{ articles: Article[] }>('/api/knowledge/articles?status=unpublished&pageSize=100')).body.articles.filter((a) => a.title === '低保咋申请，要带啥材料');
    expect(drafts).toHaveLength(1);
    expect(drafts[0].latestStatus).toBe('draft');
    const { latest } = (await author.get<{ latest: Version }>(`/api/knowledge/articles/${drafts[0].id}`)).body;
    expect(latest).toMatchObject({ category: 'social_assistance', shortAnswer: '向户籍所在地乡镇（街道）申请，带身份证、户口簿和收入证明。' });
    expect(latest.body).toContain(c.caseNumber);
    const notices = (await author.get<{ notifications: { title: string; caseId: string | null }[] }>('/api/notifications')).body.notifications;
    expect(notices.filter((n) => n.caseId === c.id)).toEqual([expect.objectContaining({ title: '新的知识建议：低保咋申请，要带啥材料' })]);
  });

  it('given a question the agent cannot answer, when it is handed on to 社会救助科, then their task is due in 3 working days, and their answer goes back by a call and the sampled return visit closes it as not first-contact', async () => {
    const c = await open({ question: '临时救助的额度是多少', callerPhone: CALLER, returnVisitPercent: 100 });
    await cases.complete(c.id, 'answer', { answerSummary: '已记录，转社会救助科答复。', consultationOutcome: 'hand_on', department: 'dept_assistance' });

    const handed = await cases.openTask(c.id, 'department-answer');
    expect(handed.candidateGroups).toEqual(['dept_assistance']);
    const { task } = (await engine.admin.get<{ task: { dueAt: string | null } }>(`/api/tasks/${handed.id}`)).body;
    const { dueAt } = (await engine.admin.get<{ dueAt: string }>('/api/calendar/deadline?workingDays=3')).body;
    expect(Math.abs(Date.parse(task.dueAt!) - Date.parse(dueAt))).toBeLessThan(120_000);

    await cases.complete(c.id, 'department-answer', { departmentAnswer: '临时救助一般不超过当地低保标准的 6 倍。', replyBy: 'call' });
    await cases.complete(c.id, 'reply-caller', { replyReached: 'reached', replyNote: '已电话告知' });
    await cases.complete(c.id, 'return-visit', { satisfaction: 'satisfied' });

    expect(await closed(c.id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied', firstContactResolved: false });
    const steps = story((await cases.detail(c.id)).timeline);
    expect(steps).toEqual(expect.arrayContaining(['step.completed 答复咨询', 'step.completed 计算办理时限', 'step.completed 承办部门答复', 'step.completed 回电告知来电人', 'step.completed 回访']));
    expect((await cases.sms(c.id)).filter((m) => m.content.includes('临时救助'))).toEqual([]);
  });

  it('given a department that answers by SMS, when it completes, then the caller gets the department’s answer texted and no call-back task is made', async () => {
    const c = await open({ question: '残疾人两项补贴怎么领', callerPhone: CALLER, returnVisitPercent: 0 });
    await cases.complete(c.id, 'answer', { answerSummary: '转部门答复。', consultationOutcome: 'hand_on', department: 'dept_welfare' });
    await cases.complete(c.id, 'department-answer', { departmentAnswer: '持残疾证向户籍地乡镇（街道）申请，按月发放。', replyBy: 'sms' });

    expect(await closed(c.id)).toMatchObject({ firstContactResolved: false, satisfaction: null });
    expect((await cases.sms(c.id)).map((m) => m.content)).toEqual([expect.stringContaining('承办部门答复如下：持残疾证')]);
    expect((await cases.detail(c.id)).tasks.map((t) => t.elementId)).not.toContain('reply-caller');
  });
});
