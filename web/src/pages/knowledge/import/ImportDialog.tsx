import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblems } from '../../../api/fieldErrors';
import { XLSX_TYPE } from '../../../api/imports';
import {
  DOCX_TYPE,
  importKnowledgeDocx,
  importKnowledgeXlsx,
  KNOWLEDGE_IMPORT_MAX_ROWS,
  knowledgeTemplateUrl,
  type KnowledgeImportFormat,
  type KnowledgeImportReport,
} from '../../../api/knowledge-import';
import { SHORT_ANSWER_MAX } from '../../../api/knowledge';
import { AreaTreeSelect } from '../../../components/AreaTreeSelect';
import { errorText } from '../../../components/errorText';
import { CategoryInput } from '../CategoryInput';
import { ImportReport } from './ImportReport';
import { importProblemText } from './importText';

interface WordFields {
  category?: string;
  areas?: string[];
  shortAnswer?: string;
  keywords?: string;
}

interface Props {
  format: KnowledgeImportFormat;
  open: boolean;
  onClose: () => void;
  /** Called after an import wrote something, so the list behind reloads. */
  onImported: () => void;
}

/** Excel: the template and a file; Word: a file and what applies to all its articles. Then the report. */
export function ImportDialog({ format, open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WordFields>();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<KnowledgeImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const inputId = `knowledge-import-file-${format}`;

  const close = () => {
    setFile(null);
    setReport(null);
    setError(null);
    form.resetFields();
    onClose();
  };
  const start = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const fields = format === 'docx' ? await form.validateFields() : {};
      const answer =
        format === 'xlsx'
          ? await importKnowledgeXlsx(file)
          : await importKnowledgeDocx(file, { category: fields.category || undefined, areas: fields.areas?.join(','), shortAnswer: fields.shortAnswer || undefined, keywords: fields.keywords || undefined });
      setReport(answer);
      if (answer.created + answer.updated > 0) onImported();
    } catch (err) {
      if (!(err && typeof err === 'object' && 'errorFields' in err)) setError(err);
    } finally {
      setBusy(false);
    }
  };
  const refused = fieldProblems(error).map((p) => (p.path.startsWith('(') ? importProblemText(p, t) : `${p.path}: ${importProblemText(p, t)}`));

  return (
    <Modal
      open={open}
      width={760}
      title={t(format === 'xlsx' ? 'knowledge.import.titleExcel' : 'knowledge.import.titleWord')}
      onCancel={close}
      footer={[
        <Button key="close" onClick={close}>
          {t('common.close')}
        </Button>,
        <Button key="start" type="primary" disabled={!file} loading={busy} onClick={() => void start()} data-testid="knowledge-import-start">
          {t('knowledge.import.start')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Text>
          {format === 'xlsx' ? t('knowledge.import.excelHint', { max: KNOWLEDGE_IMPORT_MAX_ROWS }) : t('knowledge.import.wordHint')}{' '}
          {format === 'xlsx' && (
            <a href={knowledgeTemplateUrl} download data-testid="knowledge-import-template">
              <DownloadOutlined /> {t('knowledge.import.template')}
            </a>
          )}
        </Typography.Text>
        <Space>
          <Button icon={<UploadOutlined />} disabled={busy} onClick={() => document.getElementById(inputId)?.click()}>
            {t('knowledge.import.chooseFile')}
          </Button>
          <Typography.Text type="secondary">{file?.name ?? t('knowledge.import.noFile')}</Typography.Text>
          <input
            id={inputId}
            data-testid="knowledge-import-file"
            type="file"
            hidden
            accept={format === 'xlsx' ? `.xlsx,${XLSX_TYPE}` : `.docx,${DOCX_TYPE}`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              e.target.value = '';
              setReport(null);
              setError(null);
            }}
          />
        </Space>
        {format === 'docx' && (
          <Form form={form} layout="vertical" requiredMark>
            <Form.Item name="category" label={t('knowledge.import.category')} rules={[{ required: true, message: t('problems.required') }]}>
              <CategoryInput />
            </Form.Item>
            <Form.Item name="areas" label={t('knowledge.import.areas')}>
              <AreaTreeSelect multiple />
            </Form.Item>
            <Form.Item name="shortAnswer" label={t('knowledge.import.shortAnswer')}>
              <Input.TextArea rows={2} showCount maxLength={SHORT_ANSWER_MAX} />
            </Form.Item>
            <Form.Item name="keywords" label={t('knowledge.import.keywords')}>
              <Input maxLength={1000} />
            </Form.Item>
          </Form>
        )}
        {!!error && (
          <Alert
            type="error"
            showIcon
            data-testid="knowledge-import-error"
            message={refused.length > 0 ? t('knowledge.import.refused') : errorText(error, t)}
            description={refused.length > 0 && <ul style={{ margin: 0 }}>{refused.map((line) => <li key={line}>{line}</li>)}</ul>}
          />
        )}
        {report && <ImportReport report={report} />}
      </Space>
    </Modal>
  );
}
