import { Alert, Button, Form, Input, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openCase, tokenPosition, type OpenCaseInput } from '../../api/cases';
import type { ServiceType, VersionSummary } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { DiagramViewer } from '../../bpmn-viewer/DiagramViewer';
import { parseVariables } from './sampleVariables';
import { useLiveCase } from './useLiveCase';

/** 试运行: start a case of the published version with sample variables and watch where it is. */
export function TestRun({ serviceType, versions }: { serviceType: ServiceType; versions: VersionSummary[] }) {
  const { t } = useTranslation();
  const published = versions.find((v) => v.version === serviceType.publishedVersion);
  const [text, setText] = useState('{\n  "note": "试运行"\n}');
  const [channel, setChannel] = useState<OpenCaseInput['channel']>(published?.settings.channels[0] ?? 'phone');
  const [caseId, setCaseId] = useState<string>();
  const [error, setError] = useState<string>();
  const detail = useLiveCase(caseId);
  const parsed = parseVariables(text);
  const jsonError = 'error' in parsed ? (parsed.error === 'badJson' ? t('serviceTypes.testRun.badJson', { message: parsed.message }) : t('serviceTypes.testRun.notObject')) : undefined;
  const positionKey = detail ? tokenPosition(detail).join(' ') : '';
  const position = useMemo(() => (positionKey ? positionKey.split(' ') : []), [positionKey]);
  // Each reload returns a new detail; the viewer re-imports only when the position moves.
  const markers = useMemo(() => Object.fromEntries(position.map((id) => [id, 'token-current'])), [position]);

  if (!published) return <Alert type="info" showIcon message={t('serviceTypes.testRun.noPublished')} />;

  const start = async () => {
    setError(undefined);
    if ('error' in parsed) return; // the message is already shown under the editor; nothing is started
    try {
      const opened = await openCase({ serviceType: serviceType.key, channel, variables: parsed.variables as OpenCaseInput['variables'] });
      setCaseId(opened.id);
    } catch (err) {
      setError(errorText(err, t));
    }
  };
  const ended = detail && !['open', 'opening'].includes(detail.case.status);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" message={t('serviceTypes.testRun.version', { version: published.version })} />
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label={t('serviceTypes.testRun.channel')}>
          <Select value={channel} onChange={setChannel} options={published.settings.channels.map((c) => ({ value: c, label: t(`serviceTypes.channel.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('serviceTypes.testRun.variables')} validateStatus={jsonError ? 'error' : undefined} help={jsonError}>
          <Input.TextArea rows={6} value={text} onChange={(e) => setText(e.target.value)} style={{ fontFamily: 'monospace' }} data-testid="testrun-variables" />
        </Form.Item>
        <Button type="primary" onClick={() => void start()} disabled={!!jsonError} data-testid="testrun-start">
          {t('serviceTypes.testRun.start')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="testrun-error" />}
      {detail && (
        <>
          <Space data-testid="testrun-status" data-case-id={detail.case.id} data-position={position.join(' ')} data-status={detail.case.status}>
            <Tag color={ended ? 'default' : 'processing'}>{t('serviceTypes.testRun.case', { caseNumber: detail.case.caseNumber, status: detail.case.status })}</Tag>
            {position.length > 0 ? t('serviceTypes.testRun.current', { elements: position.join(', ') }) : t('serviceTypes.testRun.waiting')}
            {ended && t('serviceTypes.testRun.ended')}
          </Space>
          {detail.process.bpmnXml && <DiagramViewer xml={detail.process.bpmnXml} markers={markers} height={420} testId="testrun-diagram" />}
        </>
      )}
    </Space>
  );
}
