import { Alert, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { getElder, isElderFile } from '../../api/elders';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ElderEditor } from './ElderEditor';
import { NEW_ELDER, toFormValues, type ElderFormValues } from './elderFormValues';

interface Loaded {
  values: ElderFormValues;
  version?: number;
  /** Keys the editor: a reload gives it a fresh form instead of merging into the old values. */
  loads: number;
}

/** /elders/new creates a file; /elders/:id/edit edits one from the version it loaded. */
export function ElderFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [loaded, setLoaded] = useState<Loaded | null>(id ? null : { values: NEW_ELDER, loads: 0 });
  const [loadError, setLoadError] = useState<unknown>(null);
  const title = id ? t('elders.editTitle') : t('elders.newTitle');
  usePageTitle(title);

  const load = useCallback(() => {
    if (!id) return;
    setLoadError(null);
    getElder(id).then((elder) => setLoaded((prev) => ({ values: toFormValues(elder), version: isElderFile(elder) ? elder.version : undefined, loads: (prev?.loads ?? 0) + 1 })), setLoadError);
  }, [id]);
  useEffect(load, [load]);

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {loaded?.values.name && id ? `${title}：${loaded.values.name}` : title}
      </Typography.Title>
      {loadError ? (
        <Alert type="error" showIcon message={errorText(loadError, t)} />
      ) : loaded ? (
        <ElderEditor key={loaded.loads} id={id} version={loaded.version} initialValues={loaded.values} onReload={load} />
      ) : (
        <Spin style={{ display: 'block', margin: 48 }} />
      )}
    </>
  );
}
