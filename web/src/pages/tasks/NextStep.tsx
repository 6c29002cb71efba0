import { Alert, Button, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { openTasksOfCase, type InboxTask } from '../../api/desk';

/** How long to look for the step the process makes next (the engine takes a moment after a submit). */
const LOOK_MS = 15_000;
const EVERY_MS = 800;

/**
 * After a submit: the case's next step I may do, when the process makes one, or the way back to
 * the desk. Nothing moves on its own: the agent decides.
 */
export function NextStep({ caseId, after }: { caseId: string | null; after: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [next, setNext] = useState<InboxTask | null>();

  useEffect(() => {
    if (!caseId) return setNext(null);
    const controller = new AbortController();
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () =>
      openTasksOfCase(caseId, controller.signal).then(
        (tasks) => {
          const found = tasks.find((task) => task.id !== after);
          if (found || Date.now() - started > LOOK_MS) return setNext(found ?? null);
          timer = setTimeout(() => void look(), EVERY_MS);
        },
        () => !controller.signal.aborted && setNext(null),
      );
    void look();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [caseId, after]);

  const back = (
    <Button onClick={() => navigate('/desk')} data-testid="back-to-desk">
      {t('forms.task.backToDesk')}
    </Button>
  );
  if (next === undefined) return <Space style={{ marginBottom: 16 }}><Spin size="small" />{t('forms.task.lookingForNext')}{back}</Space>;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="next-step"
      message={next ? t('forms.task.nextStep', { name: next.name ?? t('forms.task.title') }) : t('forms.task.noNextStep')}
      action={
        <Space>
          {next && (
            <Button type="primary" onClick={() => navigate(`/tasks/${next.id}`)} data-testid="open-next-step">
              {t('forms.task.openNext')}
            </Button>
          )}
          {back}
        </Space>
      }
    />
  );
}
