import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignTask, claimTask, unclaimTask, type Task } from '../../api/tasks';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';

/** Who works on an open task, and what the viewer can do about it: take it, give it back, take it over. */
export function TaskAssignment({ task, onChange }: { task: Task; onChange: (next: Task) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [busy, setBusy] = useState(false);
  const act = (call: () => Promise<Task>, done: string) => async () => {
    setBusy(true);
    try {
      onChange(await call());
      void message.success(t(done as 'forms.task.claimed'));
    } catch (err) {
      // Someone else may have been quicker: the message says who holds it.
      void message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  const claim = <Button type="primary" size="small" loading={busy} onClick={act(() => claimTask(task.id), 'forms.task.claimed')} data-testid="task-claim">{t('forms.task.claim')}</Button>;

  if (!task.assignee) return <Alert type="info" showIcon message={t('forms.task.unassigned')} action={claim} style={{ marginBottom: 16 }} data-testid="task-unassigned" />;
  if (task.assignee === user?.username) {
    const giveBack = <Button size="small" loading={busy} onClick={act(() => unclaimTask(task.id), 'forms.task.unclaimed')} data-testid="task-unclaim">{t('forms.task.unclaim')}</Button>;
    return <Alert type="success" showIcon message={t('forms.task.mine')} action={giveBack} style={{ marginBottom: 16 }} data-testid="task-mine" />;
  }
  const supervisor = hasRole(user, ['admin', 'supervisor']);
  const takeOver = supervisor && user ? (
    <Button size="small" loading={busy} onClick={act(() => assignTask(task.id, user.username), 'forms.task.claimed')} data-testid="task-take-over">{t('forms.task.takeOver')}</Button>
  ) : undefined;
  return <Alert type="warning" showIcon message={t('forms.task.heldBy', { user: task.assignee })} action={takeOver} style={{ marginBottom: 16 }} data-testid="task-held" />;
}

/** Only the one holding the task fills in its form. */
export const worksOn = (task: Task, username: string | undefined) => task.status === 'created' && !!username && task.assignee === username;
