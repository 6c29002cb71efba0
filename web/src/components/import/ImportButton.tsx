import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../api/imports';
import { usePermissions } from '../../auth/roles';
import { ImportDialog } from './ImportDialog';

/** The toolbar button that opens the import dialog of a list; absent for roles that may not import it. */
export function ImportButton({ kind, providerId, onFinished }: { kind: ImportKind; providerId?: string; onFinished?: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { canImport } = usePermissions();
  if (!canImport(kind)) return null;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={`import-${kind}`}>
        {t('imports.import')}
      </Button>
      <ImportDialog kind={kind} providerId={providerId} open={open} onClose={() => setOpen(false)} onFinished={onFinished} />
    </>
  );
}
