import { Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listServiceTypes, type ServiceType } from '../../api/service-types';

/** 流程设计: the service types, each opening its process in the modeler (the catalog lives in 服务类型). */
export function ProcessListPage() {
  const { t, i18n } = useTranslation();
  const [types, setTypes] = useState<ServiceType[] | null>(null);
  useEffect(() => {
    listServiceTypes().then(setTypes, () => setTypes([]));
  }, []);
  return (
    <>
      <Typography.Title level={4}>{t('processDesign.list.title')}</Typography.Title>
      <Table<ServiceType>
        rowKey="key"
        loading={types === null}
        dataSource={types ?? []}
        pagination={false}
        locale={{ emptyText: t('processDesign.list.none') }}
        columns={[
          { title: t('processDesign.list.name'), render: (_, st) => (i18n.language === 'en' ? st.nameEn : st.nameZh) },
          { title: t('processDesign.list.key'), dataIndex: 'key', render: (key: string) => <code>{key}</code> },
          { title: t('processDesign.list.version'), render: (_, st) => (st.publishedVersion ? `v${st.publishedVersion}` : '—') },
          { title: '', render: (_, st) => <Link data-testid={`open-process-${st.key}`} to={`/studio/processes/${encodeURIComponent(st.key)}`}>{t('processDesign.list.open')}</Link> },
        ]}
      />
    </>
  );
}
