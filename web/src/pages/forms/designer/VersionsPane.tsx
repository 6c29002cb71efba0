import { Alert, Button, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFormVersion, type FormWithVersions } from '../../../api/forms';
import { errorText } from '../../../components/errorText';
import { diffSchemas, type SchemaDiff } from '../../../form-renderer/designer/diff';
import { formatDateTime } from '../../../components/dateTime';

interface Props {
  loaded: FormWithVersions;
  /** Saves an old version's schema as the newest version. */
  onRestore: (version: number) => Promise<void>;
}

/** The versions of a form: compare two (fields added, removed, changed), restore an old one. */
export function VersionsPane({ loaded, onRestore }: Props) {
  const { t } = useTranslation();
  const versions = loaded.versions.map((v) => v.version);
  const [left, setLeft] = useState(versions[1] ?? versions[0]);
  const [right, setRight] = useState(versions[0]);
  const [diff, setDiff] = useState<SchemaDiff>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!left || !right) return;
    Promise.all([getFormVersion(loaded.form.key, left), getFormVersion(loaded.form.key, right)]).then(
      ([a, b]) => setDiff(diffSchemas(a.schema, b.schema)),
      (err: unknown) => setError(errorText(err, t)),
    );
  }, [left, right, loaded.form.key, t]);
  const options = versions.map((v) => ({ value: v, label: `v${v}` }));
  const lines = diff ? [...diff.added.map((f) => ['added', f]), ...diff.removed.map((f) => ['removed', f]), ...diff.changed.map((f) => ['changed', f])] : [];
  const colors: Record<string, string> = { added: 'green', removed: 'red', changed: 'blue' };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="designer-versions">
      {error && <Alert type="error" showIcon message={error} />}
      <List
        size="small"
        dataSource={loaded.versions}
        renderItem={(v) => (
          <List.Item
            actions={
              v.version === versions[0]
                ? []
                : [
                    // Restoring replaces what is on the canvas: it asks first (one stray click emptied a form).
                    <Popconfirm
                      key="restore"
                      title={t('forms.designer.compare.restoreConfirm', { version: v.version })}
                      onConfirm={() => onRestore(v.version)}
                      okButtonProps={{ id: `form-restore-ok-${v.version}` }}
                      cancelButtonProps={{ id: `form-restore-cancel-${v.version}` }}
                    >
                      <Button size="small" data-testid={`restore-${v.version}`}>{t('forms.designer.compare.restore')}</Button>
                    </Popconfirm>,
                  ]
            }
          >
            <Typography.Text>v{v.version} · {v.title} · {formatDateTime(v.createdAt)}</Typography.Text>
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('forms.designer.compare.title')}</Typography.Title>
      <Space>
        <Select value={left} onChange={setLeft} options={options} style={{ width: 90 }} aria-label={t('forms.designer.compare.left')} />
        <span>→</span>
        <Select value={right} onChange={setRight} options={options} style={{ width: 90 }} aria-label={t('forms.designer.compare.right')} />
      </Space>
      <div data-testid="designer-diff">
        {diff && lines.length === 0 && <Typography.Text type="secondary">{t('forms.designer.compare.same')}</Typography.Text>}
        {lines.map(([kind, path]) => (
          <div key={`${kind}:${path}`}>
            <Tag color={colors[kind]}>{t(`forms.designer.compare.${kind}` as 'forms.designer.compare.added')}</Tag>
            {path}
          </div>
        ))}
      </div>
    </Space>
  );
}
