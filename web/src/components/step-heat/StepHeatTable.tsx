import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StepHeatFigures } from '../../api/step-heat';
import { showsHeat } from '@careflow/contracts';
import { useDurationText } from './useStepHeat';

/** The heat's figures as a table: what the badges on the diagram say, step by step. */
export function StepHeatTable({ steps }: { steps: StepHeatFigures[] }) {
  const { t } = useTranslation();
  const duration = useDurationText();
  return (
    <Table<StepHeatFigures>
      rowKey="elementId"
      size="small"
      pagination={false}
      data-testid="step-heat-table"
      dataSource={steps.filter(showsHeat)}
      columns={[
        { title: t('stepHeat.columns.step'), key: 'step', render: (_, s) => s.name ?? s.elementId },
        { title: t('stepHeat.columns.passed'), dataIndex: 'passed' },
        { title: t('stepHeat.columns.open'), dataIndex: 'open' },
        { title: t('stepHeat.columns.median'), key: 'median', render: (_, s) => duration(s.medianSec) },
        { title: t('stepHeat.columns.p90'), key: 'p90', render: (_, s) => duration(s.p90Sec) },
        { title: t('stepHeat.columns.overdue'), dataIndex: 'overdue' },
      ]}
    />
  );
}
