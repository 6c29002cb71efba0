import { App, Button, Card, Descriptions, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEscalations, replyToEscalation, type Escalation } from '../../api/cases';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { formatTime, stepName } from './labels';

/** The responsible person's answer box, shown only to them while the 督办 waits for it. */
function ReplyBox({ item, onDone }: { item: Escalation; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const send = () =>
    replyToEscalation(item.caseId, item.id, text.trim()).then(
      () => (setText(''), onDone()),
      (err: unknown) => void message.error(errorText(err, t)),
    );
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input id={`escalation-reply-${item.id}`} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} placeholder={t('cases.escalation.replyPlaceholder')} />
      <Button type="primary" disabled={!text.trim()} onClick={() => void send()} data-testid="escalation-reply-submit">{t('cases.escalation.replySubmit')}</Button>
    </Space.Compact>
  );
}

/** 催办与督办: who raised each and when, whom it reached (and whether by SMS), the deadline and the answer. */
export function CaseEscalations({ caseId, version, onChange }: { caseId: string; version: unknown; onChange: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [items, setItems] = useState<Escalation[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => void listEscalations(caseId).then(setItems, () => setItems([])), [caseId, version, tick]);
  const reload = () => (setTick((n) => n + 1), onChange());

  return (
    <Card title={t('cases.escalation.title')} size="small" style={{ marginBottom: 16 }}>
      <List
        size="small"
        data-testid="case-escalations"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.escalation.none')} /> }}
        dataSource={items}
        renderItem={(item) => (
          <List.Item data-testid={`escalation-${item.kind}`}>
            <Space direction="vertical" style={{ width: '100%' }} size={4}>
              <Space wrap>
                <Tag color={item.kind === 'urge' ? 'orange' : 'red'}>{t(`cases.action.${item.kind}`)}</Tag>
                <Typography.Text>{t('cases.escalation.by', { name: item.createdByName, time: formatTime(item.createdAt) })}</Typography.Text>
              </Space>
              <Typography.Text>{item.text}</Typography.Text>
              <Descriptions size="small" column={1}>
                {item.taskName && <Descriptions.Item label={t('cases.escalation.task')}>{stepName(item.taskName)}</Descriptions.Item>}
                {item.responsibleName && <Descriptions.Item label={t('cases.escalation.responsible')}>{item.responsibleName}</Descriptions.Item>}
                {item.deadline && <Descriptions.Item label={t('cases.escalation.deadline')}>{formatTime(item.deadline)}</Descriptions.Item>}
                <Descriptions.Item label={t('cases.escalation.notified')}>
                  {item.notified.length === 0
                    ? t('cases.escalation.nobody')
                    : item.notified.map((n) => `${n.displayName}（${t(`cases.escalation.as.${n.as}`)}，${t(`cases.escalation.sms.${n.sms}`)}）`).join('、')}
                </Descriptions.Item>
                {item.kind === 'supervise' && (
                  <Descriptions.Item label={t('cases.escalation.reply')}>
                    <span data-testid="escalation-reply">
                      {item.reply ? `${item.reply}（${item.repliedByName ?? ''}，${formatTime(item.repliedAt)}）` : t('cases.escalation.awaiting')}
                    </span>
                  </Descriptions.Item>
                )}
              </Descriptions>
              {item.kind === 'supervise' && !item.reply && item.responsibleId === user?.id && <ReplyBox item={item} onDone={reload} />}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
