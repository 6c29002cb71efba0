import { UploadOutlined } from '@ant-design/icons';
import { connect, mapReadPretty } from '@formily/react';
import { Button, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl, uploadFile } from '../../api/files';

/** What the field stores per file: the engine's file id and the name it was uploaded with. */
export interface StoredFileRef {
  id: string;
  name: string;
}

interface Props {
  value?: StoredFileRef[];
  onChange?: (value: StoredFileRef[]) => void;
  disabled?: boolean;
}

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

const asList = (files: StoredFileRef[] | undefined): UploadFile[] =>
  (files ?? []).map((f) => ({ uid: f.id, name: f.name, status: 'done', url: fileUrl(f.id) }));

/** Photos and PDFs, sent one by one to the engine's file store (POST /api/files, raw body). */
function FileUploadBase({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const files = value ?? [];
  return (
    <Upload
      accept={ACCEPT}
      disabled={disabled}
      fileList={asList(files)}
      onRemove={(file) => onChange?.(files.filter((f) => f.id !== file.uid))}
      customRequest={({ file, onError, onSuccess }) => {
        const blob = file as File;
        uploadFile(blob, blob.name).then(
          (stored) => {
            onChange?.([...files, { id: stored.id, name: stored.name }]);
            onSuccess?.(stored);
          },
          (err: Error) => onError?.(err),
        );
      }}
    >
      {!disabled && <Button icon={<UploadOutlined />}>{t('forms.widgets.file.upload')}</Button>}
    </Upload>
  );
}

export const FileUpload = connect(FileUploadBase, mapReadPretty((props: Props) => <FileUploadBase {...props} disabled />));
