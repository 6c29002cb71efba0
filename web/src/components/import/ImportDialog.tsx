import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldProblems, problemText } from '../../api/fieldErrors';
import { templateUrl, XLSX_TYPE, type ImportKind } from '../../api/imports';
import { errorText } from '../errorText';
import { ImportResult } from './ImportResult';
import { useImportJob } from './useImportJob';

interface ImportDialogProps {
  kind: ImportKind;
  open: boolean;
  /** For staff: the provider the rows belong to. */
  providerId?: string;
  onClose: () => void;
  /** Called when an import finishes, so the list behind the dialog can reload. */
  onFinished?: () => void;
}

/** Template link, file picker, then progress, counts and problems of the import. */
export function ImportDialog({ kind, open, providerId, onClose, onFinished }: ImportDialogProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const { job, error, starting, start, reset } = useImportJob();
  const running = starting || job?.status === 'running';

  // The list behind the dialog reloads as soon as the rows are in, not when the dialog closes.
  const finished = !!job && job.status !== 'running';
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  useEffect(() => {
    if (finished) onFinishedRef.current?.();
  }, [finished, job?.id]);

  const close = () => {
    reset();
    setFile(null);
    onClose();
  };
  const unavailable = error instanceof ApiError && error.status === 404 && !job;
  // A refused file (not a workbook, columns not the template's) names each problem.
  const refused = fieldProblems(error).map((p) => (p.path.startsWith('(') ? problemText(p) : `${p.path}: ${problemText(p)}`));

  return (
    <Modal
      open={open}
      title={t('imports.title', { what: t(`imports.kinds.${kind}`) })}
      onCancel={close}
      width={720}
      footer={[
        <Button key="close" onClick={close}>
          {t('common.close')}
        </Button>,
        <Button key="start" type="primary" disabled={!file || running} loading={running} onClick={() => file && void start(kind, file, providerId)} data-testid="import-start">
          {t('imports.start')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Text>
          {t('imports.templateHint')}{' '}
          <a href={templateUrl(kind)} download>
            <DownloadOutlined /> {t('imports.template')}
          </a>
        </Typography.Text>
        <Space>
          <Button icon={<UploadOutlined />} disabled={running} onClick={() => document.getElementById(`import-file-${kind}`)?.click()}>
            {t('imports.chooseFile')}
          </Button>
          <Typography.Text type="secondary">{file?.name ?? t('imports.noFile')}</Typography.Text>
          <input
            id={`import-file-${kind}`}
            type="file"
            accept={`.xlsx,${XLSX_TYPE}`}
            hidden
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              e.target.value = '';
              reset();
            }}
          />
        </Space>
        {unavailable && <Alert type="warning" showIcon message={t('imports.unavailable')} />}
        {!!error && !unavailable && (
          <Alert
            type="error"
            showIcon
            data-testid="import-error"
            message={refused.length > 0 ? t('imports.refused') : errorText(error, t)}
            description={refused.length > 0 && <ul style={{ margin: 0 }}>{refused.map((line) => <li key={line}>{line}</li>)}</ul>}
          />
        )}
        {job && <ImportResult job={job} />}
      </Space>
    </Modal>
  );
}
