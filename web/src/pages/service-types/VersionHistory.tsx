import { Alert, App, Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { addVersion, getVersion, type ServiceType, type VersionSummary } from '../../api/service-types';
import { errorText } from '../../components/errorText';
import { diffVersions, type ChangeKind, type ElementChange } from '../../bpmn-viewer/versionDiff';
import { PublishVersion } from './PublishVersion';
import { useVersionXmls } from './useVersionXml';
import { actorName } from '../../components/actorName';
import { formatDateTime } from '../../components/dateTime';

const KIND_COLOURS: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'orange', layout: 'blue' };

/** Each version's changes against the version before it (by element id). */
function useChangesByVersion(xmls: Record<number, string>): Record<number, ElementChange[]> {
  const [changes, setChanges] = useState<Record<number, ElementChange[]>>({});
  useEffect(() => {
    let alive = true;
    const numbers = Object.keys(xmls).map(Number).sort((a, b) => a - b);
    const pairs = numbers.slice(1).map(async (v, i) => [v, await diffVersions(xmls[numbers[i]], xmls[v])] as const);
    void Promise.all(pairs).then((done) => alive && setChanges(Object.fromEntries(done)));
    return () => {
      alive = false;
    };
  }, [xmls]);
  return changes;
}

function ChangeSummary({ changes }: { changes: ElementChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <span>{t('serviceTypes.history.noChanges')}</span>;
  const kinds = (['added', 'removed', 'changed', 'layout'] as const).filter((k) => changes.some((c) => c.kind === k));
  return (
    <Space wrap size={4}>
      {kinds.map((kind) => {
        const ids = changes.filter((c) => c.kind === kind).map((c) => c.id);
        return (
          <Tooltip key={kind} title={ids.join(', ')}>
            <Tag color={KIND_COLOURS[kind]} data-kind={kind} data-ids={ids.join(' ')}>
              {t(`serviceTypes.history.${kind}`, { count: ids.length })}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

interface Props {
  serviceType: ServiceType;
  versions: VersionSummary[];
  onCompare: (from: number, to: number) => void;
  /** A version was restored or published: the page reloads. */
  onChanged: () => void;
  /** Roles that read service types but may not change them see no publish or restore. */
  readOnly?: boolean;
}

/** Every version: who saved and published it, when, which one runs, and what it changed. */
export function VersionHistory({ serviceType, versions, onCompare, onChanged, readOnly = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { xmls, error } = useVersionXmls(serviceType.key, versions.map((v) => v.version));
  const changes = useChangesByVersion(xmls);
  const [failure, setFailure] = useState<string>();

  const restore = async (version: number) => {
    try {
      const old = await getVersion(serviceType.key, version);
      const saved = await addVersion(serviceType.key, { bpmnXml: old.bpmnXml, settings: old.settings });
      void message.success(t('serviceTypes.history.restored', { version: saved.version }));
      onChanged();
    } catch (err) {
      setFailure(errorText(err, t));
    }
  };
  const before = (version: number) => versions.find((v) => v.version < version)?.version;

  return (
    <>
      {(error ?? failure) && <Alert type="error" showIcon message={error ?? failure} style={{ marginBottom: 16 }} />}
      <Table<VersionSummary>
        rowKey="version"
        dataSource={versions}
        pagination={false}
        data-testid="version-history"
        onRow={(v) => ({ 'data-testid': `version-row-${v.version}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('serviceTypes.history.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
          {
            title: t('serviceTypes.history.status'),
            key: 'status',
            render: (_, v) => (
              <Space size={4}>
                <Tag color={v.status === 'published' ? 'green' : 'default'}>{t(`serviceTypes.history.${v.status}`)}</Tag>
                {v.version === serviceType.publishedVersion && <Tag color="blue" data-testid="version-live">{t('serviceTypes.history.live')}</Tag>}
              </Space>
            ),
          },
          { title: t('serviceTypes.history.savedBy'), dataIndex: 'createdByName', render: (name: string | null) => actorName(name, t) },
          {
            title: t('serviceTypes.history.savedAt'),
            key: 'when',
            render: (_, v) => (
              <div>
                <div>{formatDateTime(v.createdAt)}</div>
                {v.publishedAt && <div style={{ color: '#888' }}>{t('serviceTypes.history.publishedBy', { name: actorName(v.publishedByName, t), at: formatDateTime(v.publishedAt) })}</div>}
              </div>
            ),
          },
          {
            title: t('serviceTypes.history.changes'),
            key: 'changes',
            render: (_, v) => (before(v.version) === undefined ? t('serviceTypes.history.first') : changes[v.version] ? <ChangeSummary changes={changes[v.version]} /> : '…'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, v) => {
              const previous = before(v.version);
              return (
                <Space>
                  {!readOnly && v.status === 'draft' && <PublishVersion typeKey={serviceType.key} version={v.version} onPublished={onChanged} />}
                  {previous !== undefined && (
                    <Button size="small" onClick={() => onCompare(previous, v.version)} data-testid={`compare-${v.version}`}>
                      {t('serviceTypes.history.compare')}
                    </Button>
                  )}
                  {!readOnly && (
                    <Popconfirm title={t('serviceTypes.history.restoreConfirm', { version: v.version })} onConfirm={() => restore(v.version)} okButtonProps={{ id: `restore-ok-${v.version}` }}>
                      <Button size="small" data-testid={`restore-${v.version}`}>
                        {t('serviceTypes.history.restore')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
    </>
  );
}
