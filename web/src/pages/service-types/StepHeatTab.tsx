import { Alert, Space, Spin, Switch } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceType } from '../../api/service-types';
import { DiagramViewer } from '../../bpmn-viewer/DiagramViewer';
import { showStepHeat } from '../../bpmn-viewer/stepHeat';
import { useVersionXmls } from './useVersionXml';
import { StepHeatBar } from '../../components/step-heat/StepHeatBar';
import { StepHeatTable } from '../../components/step-heat/StepHeatTable';
import { useStepHeat, useStepHeatLines } from '../../components/step-heat/useStepHeat';

/** 流程热度 on a service type: its published diagram with each step's runs and times, and the figures as a table on demand. */
export function StepHeatTab({ serviceType }: { serviceType: ServiceType }) {
  const { t } = useTranslation();
  const version = serviceType.publishedVersion;
  const { xmls, error: xmlError } = useVersionXmls(serviceType.key, version ? [version] : []);
  const { period, setPeriod, heat, error, loading } = useStepHeat(serviceType.key, version !== null);
  const lines = useStepHeatLines();
  const [asTable, setAsTable] = useState(false);
  const decorate = useCallback((diagram: { get<T>(name: string): T }) => showStepHeat(diagram, heat?.steps ?? [], lines), [heat, lines]);

  if (!version) return <Alert type="info" showIcon message={t('stepHeat.notPublished')} />;
  const xml = xmls[version];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <StepHeatBar serviceType={serviceType.key} period={period} onPeriod={setPeriod} heat={heat} error={error} loading={loading} />
      {xmlError && <Alert type="error" showIcon message={xmlError} />}
      {xml ? <DiagramViewer xml={xml} height={480} testId="step-heat-diagram" decorate={decorate} /> : <Spin />}
      <Space>
        <Switch checked={asTable} onChange={setAsTable} data-testid="step-heat-show-table" />
        {t('stepHeat.showTable')}
      </Space>
      {asTable && <StepHeatTable steps={heat?.steps ?? []} />}
    </Space>
  );
}
