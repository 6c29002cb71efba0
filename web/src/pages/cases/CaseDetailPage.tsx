import { Alert, Card, Col, Descriptions, Empty, List, Row, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getCase, type CaseDetail } from '../../api/cases';
import { subscribeLive } from '../../api/liveEvents';
import { errorText } from '../../components/errorText';
import { useDictionaries } from '../../hooks/useDictionaries';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useElderPanel } from '../desk/elderFile';
import { ElderSummary } from '../desk/ElderSummary';
import { CaseActions } from './CaseActions';
import { CaseComment } from './CaseComment';
import { CaseDiagramCard } from './CaseDiagramCard';
import { CaseEscalations } from './CaseEscalations';
import { CaseTimeline } from './CaseTimeline';
import { ConfidentialCaller } from './ConfidentialCaller';
import { actorLabel, CaseStatusTag, channelLabel, formatTime, PriorityTag, stepName, useServiceTypeNames } from './labels';

/** /cases/:id: the case's facts, its elder, its tasks and timeline, with 催办 / 督办 / 取消. */
export function CaseDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [file, setFile] = useState<CaseDetail>();
  const [error, setError] = useState<string>();
  // Bumped on every reload: the diagram and the 催办/督办 list read again with the case.
  const [version, setVersion] = useState(0);
  const { nameOf } = useServiceTypeNames();
  // The stored code (satisfied) reads as its dictionary label (满意).
  const dictionaries = useDictionaries();
  usePageTitle(file ? file.case.caseNumber : t('cases.title'));

  const load = useCallback(() => getCase(id).then((found) => (setFile(found), setError(undefined), setVersion((v) => v + 1)), (err: unknown) => setError(errorText(err, t))), [id, t]);
  useEffect(() => void load(), [load]);
  // Live: a task created or done, a note or a cancel elsewhere shows at once.
  useEffect(
    () =>
      subscribeLive((event) => {
        if ((event.type === 'case.updated' && event.caseId === id) || ((event.type === 'task.created' || event.type === 'task.updated') && event.task.caseId === id)) void load();
      }),
    [id, load],
  );
  const elder = useElderPanel(file?.case.elderId);

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!file) return <Spin />;
  const found = file.case;
  return (
    <>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Link to="/cases">{t('cases.detail.back')}</Link>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-number">{found.caseNumber}</Typography.Title>
          <span data-testid="case-status"><CaseStatusTag status={found.status} /></span>
          <PriorityTag priority={found.priority} />
        </Space>
        <CaseActions found={found} onDone={() => void load()} />
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={t('cases.detail.facts')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('cases.column.serviceType')}>{nameOf(found.serviceTypeKey)}</Descriptions.Item>
              <Descriptions.Item label={t('cases.column.channel')}>{channelLabel(found.channel, t)}</Descriptions.Item>
              {found.confidential && <Descriptions.Item label={t('cases.confidential.caller')}><ConfidentialCaller found={found} /></Descriptions.Item>}
              <Descriptions.Item label={t('cases.detail.openedBy')}>{actorLabel(null, found.openedBy, file.people, t) || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('cases.column.openedAt')}>{formatTime(found.openedAt, i18n.language)}</Descriptions.Item>
              <Descriptions.Item label={t('cases.column.dueAt')}>{formatTime(found.dueAt, i18n.language)}</Descriptions.Item>
              {found.closedAt && <Descriptions.Item label={t('cases.detail.closedAt')}>{formatTime(found.closedAt, i18n.language)}</Descriptions.Item>}
              {found.satisfaction && (
                <Descriptions.Item label={t('cases.detail.satisfaction')}><span data-testid="case-satisfaction">{dictionaries.label('satisfaction', found.satisfaction)}</span></Descriptions.Item>
              )}
              {found.cancelReason && <Descriptions.Item label={t('cases.detail.cancelReason')}><span data-testid="case-cancel-reason">{found.cancelReason}</span></Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('cases.detail.tasks')} size="small" style={{ marginBottom: 16 }}>
            <List
              size="small"
              data-testid="case-tasks"
              locale={{ emptyText: t('cases.detail.noTasks') }}
              dataSource={file.tasks}
              renderItem={(task) => (
                <List.Item extra={<Tag>{t(`cases.taskStatus.${task.status}` as 'cases.taskStatus.created', { defaultValue: task.status })}</Tag>}>
                  <Link to={`/tasks/${task.id}`}>{stepName(task.name) || t('cases.unnamedStep')}</Link>
                  {task.assignee && <Typography.Text type="secondary"> · {file.people[task.assignee] ?? task.assignee}</Typography.Text>}
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('cases.detail.timeline')} size="small">
            {file.processHistory === 'unavailable' && <Alert type="warning" showIcon message={t('cases.detail.historyUnavailable')} style={{ marginBottom: 12 }} data-testid="history-unavailable" />}
            <CaseTimeline entries={file.timeline} people={file.people} />
            {found.status !== 'opening' && <CaseComment caseId={found.id} onDone={() => void load()} />}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <CaseDiagramCard caseId={found.id} version={version} />
          <CaseEscalations caseId={found.id} version={version} onChange={() => void load()} />
          <Card title={t('cases.detail.elder')} size="small">
            {elder === undefined ? <Spin /> : elder ? <ElderSummary elder={elder} caseId={found.id} /> : <Empty description={t('cases.detail.noElder')} />}
          </Card>
        </Col>
      </Row>
    </>
  );
}
