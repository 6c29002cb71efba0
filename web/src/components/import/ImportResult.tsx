import { Alert, Progress, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportProblem } from '../../api/imports';
import { problemText } from '../../api/fieldErrors';

/** Progress, counts and the rows the engine refused, as a running or finished import reports them. */
export function ImportResult({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const percent = job.total > 0 ? Math.floor((job.processed / job.total) * 100) : job.status === 'running' ? 0 : 100;
  const status = job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-result" data-status={job.status}>
      <Progress percent={percent} status={status} />
      {job.status === 'failed' && <Alert type="error" showIcon message={t('imports.failed')} description={job.error} />}
      {job.status === 'done' && <Alert type={job.failed > 0 ? 'warning' : 'success'} showIcon message={t('imports.done')} />}
      <Space size="large" wrap>
        <Statistic title={t('imports.total')} value={job.total} />
        <Statistic title={t('imports.processed')} value={job.processed} />
        <Statistic title={t('imports.created')} value={job.created} />
        <Statistic title={t('imports.updated')} value={job.updated} />
        <Statistic title={t('imports.unchanged')} value={job.unchanged} />
        <Statistic title={t('imports.failedRows')} value={job.failed} valueStyle={job.failed > 0 ? { color: '#cf1322' } : undefined} />
      </Space>
      {job.problems.length > 0 && (
        <Table<ImportProblem>
          size="small"
          rowKey={(p) => `${p.row}:${p.column}:${p.reason}`}
          dataSource={job.problems}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('imports.row'), dataIndex: 'row', width: 80 },
            { title: t('imports.column'), dataIndex: 'column', width: 140 },
            { title: t('imports.reason'), key: 'reason', render: (_, problem) => problemText({ ...problem, message: problem.reason }) },
          ]}
        />
      )}
    </Space>
  );
}
