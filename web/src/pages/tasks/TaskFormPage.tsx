import { Alert, App, Button, Card, Col, Result, Row, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { fieldProblems, type FieldProblem } from '../../api/fieldErrors';
import { completeTask, getTask, saveTaskDraft, type TaskWithForm } from '../../api/tasks';
import { errorText } from '../../components/errorText';
import { CaseContext, type FormCase } from '../../form-renderer/CaseContext';
import { SchemaForm, useSchemaForm } from '../../form-renderer/SchemaForm';
import type { Form } from '@formily/core';
import { applyFieldProblems } from '../../form-renderer/serverErrors';
import { startingValues } from '../../form-renderer/processValues';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useAuth } from '../../auth/useAuth';
import { NextStep } from './NextStep';
import { TaskAssignment, worksOn } from './TaskAssignment';
import { useRelatedCases } from './useRelatedCases';
import { CaseSidePanel } from '../cases/CaseSidePanel';
import { formatDateTime } from '../../components/dateTime';

/** /tasks/:id: the task's form with 保存草稿 and 提交; once completed, the submitted values read-only. */
export function TaskFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [loaded, setLoaded] = useState<TaskWithForm>();
  const [error, setError] = useState<string>();
  usePageTitle(t('forms.task.title'));

  const load = useCallback(() => getTask(id).then(setLoaded, (err: unknown) => setError(errorText(err, t))), [id, t]);
  useEffect(() => void load(), [load]);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!loaded) return <Spin />;
  const form = <TaskForm loaded={loaded} onDone={setLoaded} />;
  if (!loaded.task.caseId) return form;
  // The elder and the case's story beside the form; read again once the task changes.
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>{form}</Col>
      <Col xs={24} xl={10}><CaseSidePanel caseId={loaded.task.caseId} version={loaded.task.status} /></Col>
    </Row>
  );
}

function TaskForm({ loaded, onDone }: { loaded: TaskWithForm; onDone: (next: TaskWithForm) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const { task, form: definition } = loaded;
  const done = task.status !== 'created';
  const editable = worksOn(task, user?.username);
  const starting = useMemo(() => (done ? (task.result ?? {}) : startingValues(definition?.schema, task.variables, task.draft)), [done, task, definition]);
  const form = useSchemaForm(starting, !editable);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Submitted here and now: offer what follows (a task completed earlier just shows its values).
  const [submitted, setSubmitted] = useState(false);
  // The case the form's widgets act on (the 知识库 widget answers and texts on it while the task is worked on).
  // 一键开办 (the 开办工单 widget): a new request for the case's elder, opened beside the form.
  const { openRelated, relatedCases, modal } = useRelatedCases(task);
  const formCase = useMemo<FormCase | null>(
    () => (task.caseId ? { caseId: task.caseId, serviceTypeKey: task.serviceTypeKey, variables: task.variables, editable: editable && !done, openRelated, relatedCases } : null),
    [task.caseId, task.serviceTypeKey, task.variables, editable, done, openRelated, relatedCases],
  );

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    setProblems([]);
    try {
      await action();
    } catch (err) {
      const found = fieldProblems(err);
      // Paths of task errors are the form's field paths: each lands on its field.
      if (found.length > 0) setProblems(applyFieldProblems(form, found));
      setFailure(found.length > 0 ? t('forms.task.formErrors') : errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  const saveDraft = () => run(async () => {
    await saveTaskDraft(task.id, form.values);
    void message.success(t('forms.task.draftSaved'));
  });
  const submit = () => run(async () => {
    // The browser's rules catch what they can; the server's check (the same as the designer's
    // preview runs) is the one that counts, and its answer lands on the fields.
    if (!(await formIsValid(form))) {
      setFailure(t('forms.task.formErrors'));
      return;
    }
    const completed = await completeTask(task.id, form.values);
    void message.success(t('forms.task.submitted'));
    setSubmitted(true);
    onDone({ task: completed, form: definition });
  });

  if (task.status === 'canceled') return <Result status="warning" title={t('forms.task.canceled')} />;
  return (
    <Card title={task.name || t('forms.task.title')} extra={<TaskFacts task={task} />} data-testid="task-form">
      {!done && <TaskAssignment task={task} onChange={(next) => onDone({ task: { ...task, ...next }, form: definition })} />}
      {done && <Alert type="success" showIcon message={t('forms.task.completed')} style={{ marginBottom: 16 }} data-testid="task-completed" />}
      {done && submitted && <NextStep caseId={task.caseId} after={task.id} />}
      {failure && (
        <Alert type="error" showIcon message={failure} description={problems.map((p) => `${p.path}: ${p.message}`).join('; ') || undefined} style={{ marginBottom: 16 }} data-testid="task-errors" />
      )}
      {definition ? (
        <CaseContext.Provider value={formCase}>
          <SchemaForm form={form} schema={definition.schema} />
        </CaseContext.Provider>
      ) : (
        <Alert type="info" message={t('forms.task.noForm')} />
      )}
      {modal}
      {editable && (
        <Space>
          <Button onClick={saveDraft} loading={busy} data-testid="task-draft">{t('forms.task.saveDraft')}</Button>
          <Button type="primary" onClick={submit} loading={busy} data-testid="task-submit">{t('forms.task.submit')}</Button>
        </Space>
      )}
    </Card>
  );
}

function TaskFacts({ task }: { task: TaskWithForm['task'] }) {
  const { t } = useTranslation();
  const facts = [
    task.caseNumber && t('forms.task.caseNumber', { number: task.caseNumber }),
    task.dueAt && t('forms.task.dueAt', { time: formatDateTime(task.dueAt) }),
  ].filter(Boolean);
  return <Typography.Text type="secondary" data-testid="task-facts">{facts.join(' · ')}</Typography.Text>;
}

const formIsValid = (form: Form) => form.validate().then(() => true, () => false);
