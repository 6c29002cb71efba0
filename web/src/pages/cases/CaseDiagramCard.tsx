import { Alert, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCaseDiagram, type CaseDiagram } from '../../api/cases';
import { DiagramViewer } from '../../bpmn-viewer/DiagramViewer';
import { errorText } from '../../components/errorText';
import { stepName } from './labels';

/** The elements' names by id, read from the BPMN (the browser's parser decodes &#10; and the like). */
function namesOf(xml: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const names: Record<string, string> = {};
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    const id = el.getAttribute('id');
    const name = el.getAttribute('name');
    if (id && name) names[id] = stepName(name);
  }
  return names;
}

/** Element id → marker: failed steps red, where the case is now blue, done steps green. */
function markersOf(d: CaseDiagram): Record<string, string> {
  const markers: Record<string, string> = {};
  for (const id of d.completed) markers[id] = 'token-done';
  for (const id of d.active) markers[id] = 'token-current';
  for (const i of d.incidents) markers[i.elementId] = 'token-incident';
  return markers;
}

/** 流程图: the case's deployed process, read-only, with where it is, what is done and what failed (and why). */
export function CaseDiagramCard({ caseId, version }: { caseId: string; version: unknown }) {
  const { t } = useTranslation();
  const [diagram, setDiagram] = useState<CaseDiagram>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    getCaseDiagram(caseId, controller.signal).then(
      (d) => (setDiagram(d), setError(undefined)),
      (err: unknown) => !controller.signal.aborted && setError(errorText(err, t)),
    );
    return () => controller.abort();
  }, [caseId, version, t]);
  const names = useMemo(() => (diagram?.bpmnXml ? namesOf(diagram.bpmnXml) : {}), [diagram?.bpmnXml]);
  const legend = (
    <Space size={4}>
      <Tag color="blue">{t('cases.diagram.active')}</Tag>
      <Tag color="green">{t('cases.diagram.done')}</Tag>
      <Tag color="red">{t('cases.diagram.incident')}</Tag>
    </Space>
  );

  return (
    <Card title={t('cases.diagram.title')} size="small" style={{ marginBottom: 16 }} extra={legend} data-testid="case-diagram-card">
      {error && <Alert type="error" showIcon message={error} />}
      {!diagram && !error && <Spin />}
      {diagram?.processHistory === 'unavailable' && <Alert type="warning" showIcon message={t('cases.diagram.unavailable')} style={{ marginBottom: 8 }} />}
      {diagram && !diagram.bpmnXml && <Empty description={t('cases.diagram.none')} />}
      {diagram?.bpmnXml && <DiagramViewer xml={diagram.bpmnXml} markers={markersOf(diagram)} height={320} testId="case-diagram" />}
      {diagram && diagram.incidents.length > 0 && (
        <List
          size="small"
          data-testid="case-diagram-incidents"
          header={<Typography.Text type="danger" strong>{t('cases.diagram.incidents')}</Typography.Text>}
          dataSource={diagram.incidents}
          renderItem={(i) => (
            <List.Item>
              <Typography.Text strong>{names[i.elementId] || t('cases.unnamedStep')}</Typography.Text>
              <Typography.Text type="danger" style={{ marginInlineStart: 8 }}>{i.message || t('cases.diagram.noMessage')}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
