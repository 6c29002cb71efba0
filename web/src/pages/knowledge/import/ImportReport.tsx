import { Alert, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeImportProblem, KnowledgeImportReport } from '../../../api/knowledge-import';
import { importProblemText } from './importText';

/** The counts of an import and the rows it refused, each with its row (Word: the article's place), column and reason. */
export function ImportReport({ report }: { report: KnowledgeImportReport }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="knowledge-import-report" data-failed={report.failed}>
      <Alert type={report.failed > 0 ? 'warning' : 'success'} showIcon message={t('knowledge.import.done', report)} />
      <Space size="large" wrap>
        <Statistic title={t('knowledge.import.total')} value={report.total} />
        <Statistic title={t('knowledge.import.created')} value={report.created} />
        <Statistic title={t('knowledge.import.updated')} value={report.updated} />
        <Statistic title={t('knowledge.import.unchanged')} value={report.unchanged} />
        <Statistic title={t('knowledge.import.failed')} value={report.failed} valueStyle={report.failed > 0 ? { color: '#cf1322' } : undefined} />
      </Space>
      {report.problems.length > 0 && (
        <Table<KnowledgeImportProblem>
          size="small"
          data-testid="knowledge-import-problems"
          rowKey={(p) => `${p.row}:${p.column}:${p.code}:${p.message}`}
          dataSource={report.problems}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t(report.format === 'docx' ? 'knowledge.import.article' : 'knowledge.import.row'), dataIndex: 'row', width: 80 },
            { title: t('knowledge.import.column'), dataIndex: 'column', width: 110 },
            { title: t('knowledge.import.reason'), key: 'reason', render: (_, p) => importProblemText(p, t) },
          ]}
        />
      )}
    </Space>
  );
}
