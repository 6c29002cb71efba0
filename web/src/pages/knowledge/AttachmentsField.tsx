import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl, uploadFile } from '../../api/files';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
}

/**
 * PDF attachments, sent one by one to the engine's file store; the article keeps their ids only, so a
 * file is named by its place in the list (its own name is in the download).
 */
export function AttachmentsField({ value, onChange }: Props) {
  const { t } = useTranslation();
  const ids = value ?? [];
  const list: UploadFile[] = ids.map((id, i) => ({ uid: id, name: t('knowledge.article.attachment', { n: i + 1 }), status: 'done', url: fileUrl(id) }));
  return (
    <Upload
      accept="application/pdf"
      fileList={list}
      maxCount={10}
      onRemove={(file) => onChange?.(ids.filter((id) => id !== file.uid))}
      customRequest={({ file, onError, onSuccess }) => {
        const blob = file as File;
        uploadFile(blob, blob.name).then(
          (stored) => {
            onChange?.([...ids, stored.id]);
            onSuccess?.(stored);
          },
          (err: Error) => onError?.(err),
        );
      }}
    >
      <Button icon={<UploadOutlined />}>{t('knowledge.editor.upload')}</Button>
    </Upload>
  );
}
