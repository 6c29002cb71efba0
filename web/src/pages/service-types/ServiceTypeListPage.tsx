import { Alert, Button, Card, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getServiceType, listServiceTypes, type ServiceType } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { usePermissions } from '../../auth/roles';
import { useDictionaries } from '../../hooks/useDictionaries';
import { usePageTitle } from '../../hooks/usePageTitle';
import { CreateServiceTypeModal } from './CreateServiceTypeModal';
import { formatDateTime } from '../../components/dateTime';

type Row = ServiceType & { latestDraft: number | null };

/** The newest version if it is a draft newer than what runs. */
async function withLatestDraft(type: ServiceType): Promise<Row> {
  const { versions } = await getServiceType(type.key);
  const newest = versions[0];
  return { ...type, latestDraft: newest && newest.status === 'draft' ? newest.version : null };
}

/** 服务类型: the catalog; open a type or create one (blank or from a published type). */
export function ServiceTypeListPage() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Row[]>();
  const [error, setError] = useState<string>();
  const [creating, setCreating] = useState(false);
  const { editServiceTypes } = usePermissions();
  const dict = useDictionaries();
  usePageTitle(t('menu.serviceTypes'));
  useEffect(() => {
    listServiceTypes()
      .then((types) => Promise.all(types.map(withLatestDraft)))
      .then(setRows, (err: unknown) => setError(errorText(err, t)));
  }, [t]);
  const none = <span style={{ color: '#999' }}>{t('serviceTypes.list.none')}</span>;

  return (
    <Card
      title={t('serviceTypes.list.title')}
      extra={
        editServiceTypes && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="service-type-new">
            {t('serviceTypes.list.create')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon message={error} />}
      <Table<Row>
        rowKey="key"
        loading={!rows && !error}
        dataSource={rows}
        pagination={false}
        data-testid="service-type-list"
        locale={{ emptyText: t('serviceTypes.list.empty') }}
        columns={[
          { title: t('serviceTypes.list.key'), dataIndex: 'key', render: (key: string) => <Link to={`/studio/service-types/${encodeURIComponent(key)}`}>
                <code>{key}</code>
              </Link> },
          { title: t('serviceTypes.list.name'), key: 'name', render: (_, r) => (i18n.language === 'en' ? r.nameEn : r.nameZh) },
          { title: t('serviceTypes.list.category'), dataIndex: 'category', render: (c: string) => dict.label('service_category', c) },
          { title: t('serviceTypes.list.published'), dataIndex: 'publishedVersion', render: (v: number | null) => (v ? <Tag color="green">v{v}</Tag> : none) },
          { title: t('serviceTypes.list.latestDraft'), dataIndex: 'latestDraft', render: (v: number | null) => (v ? <Tag>v{v}</Tag> : none) },
          { title: t('serviceTypes.list.updatedAt'), dataIndex: 'updatedAt', render: (d: string) => formatDateTime(d) },
        ]}
      />
      <CreateServiceTypeModal open={creating} templates={(rows ?? []).filter((r) => r.publishedVersion !== null)} onClose={() => setCreating(false)} />
    </Card>
  );
}
