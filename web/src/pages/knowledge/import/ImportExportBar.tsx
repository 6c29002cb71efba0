import { DownloadOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { knowledgeExportUrl, type KnowledgeImportFormat } from '../../../api/knowledge-import';
import { ImportDialog } from './ImportDialog';

/** 导入 Excel · 导入 Word · 导出 above an author's list; the export takes the list's filter. */
export function ImportExportBar({ filter, onImported }: { filter: Parameters<typeof knowledgeExportUrl>[0]; onImported: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<KnowledgeImportFormat | null>(null);
  return (
    <Space wrap>
      <Button icon={<FileExcelOutlined />} onClick={() => setOpen('xlsx')} data-testid="knowledge-import-xlsx">
        {t('knowledge.import.importExcel')}
      </Button>
      <Button icon={<FileWordOutlined />} onClick={() => setOpen('docx')} data-testid="knowledge-import-docx">
        {t('knowledge.import.importWord')}
      </Button>
      <Button icon={<DownloadOutlined />} href={knowledgeExportUrl(filter)} download data-testid="knowledge-export">
        {t('knowledge.import.export')}
      </Button>
      {open && <ImportDialog format={open} open onClose={() => setOpen(null)} onImported={onImported} />}
    </Space>
  );
}
