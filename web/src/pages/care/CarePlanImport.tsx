import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../../api/imports';
import { usePermissions } from '../../auth/roles';
import { ImportDialog } from '../../components/import/ImportDialog';

/**
 * 导入计划 / 导出计划 on the 关怀 page: care plans in bulk from Excel (the registry imports' care-plans
 * kind) and out again in the same columns, within the area the page shows. Only for roles that keep plans.
 */
export function CarePlanImport({ areaCode, onFinished }: { areaCode?: string; onFinished?: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { canImport } = usePermissions();
  if (!canImport('care-plans')) return null;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="import-care-plans">
        {t('imports.carePlans.import')}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl('care-plans', { areaCode })} download data-testid="export-care-plans">
        {t('imports.carePlans.export')}
      </Button>
      <ImportDialog kind="care-plans" open={open} onClose={() => setOpen(false)} onFinished={onFinished} />
    </>
  );
}
