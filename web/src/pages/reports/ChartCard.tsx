import { Card, Segmented, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartOption } from './EChart';

/** A chart with its numbers one click away: the same rows as a table (图表 / 数据). */
export function ChartCard<R extends object>(props: { title: ReactNode; option: ChartOption; columns: ColumnsType<R>; rows: R[]; rowKey: (row: R) => string; testId: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      size="small"
      title={props.title}
      data-testid={props.testId}
      extra={
        <>
          {props.extra}
          <Segmented
            size="small"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { value: 'chart', label: t('reports.view.chart') },
              { value: 'table', label: t('reports.view.table') },
            ]}
            aria-label={t('reports.view.label')}
          />
        </>
      }
    >
      {view === 'chart' ? (
        <EChart option={props.option} testId={`${props.testId}-chart`} />
      ) : (
        <Table<R> size="small" rowKey={props.rowKey} columns={props.columns} dataSource={props.rows} pagination={false} scroll={{ x: 'max-content' }} data-testid={`${props.testId}-table`} />
      )}
    </Card>
  );
}
