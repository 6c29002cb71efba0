import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportUrl, type ImportKind } from '../api/imports';

interface ExportButtonProps {
  kind: ImportKind;
  /** The list's current filters, so the file holds what the user sees. */
  filters: Record<string, string | number | undefined>;
}

/** Downloads the list as .xlsx; a plain link, so the browser's download handles the file. */
export function ExportButton({ kind, filters }: ExportButtonProps) {
  const { t } = useTranslation();
  return (
    <Button icon={<DownloadOutlined />} href={exportUrl(kind, filters)} download data-testid={`export-${kind}`}>
      {t('imports.export')}
    </Button>
  );
}
