import { Alert, Col, Empty, Row, Select, Space, Table, Tag } from 'antd';
import { useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../api/service-types';
import { DiagramViewer } from '../../bpmn-viewer/DiagramViewer';
import { diffVersions, type ElementChange } from '../../bpmn-viewer/versionDiff';
import { useVersionXmls } from './useVersionXml';

const COLOURS = { added: 'green', removed: 'red', changed: 'orange', layout: 'blue' } as const;

/** Markers for one side: the older diagram shows what went away, the newer what came. */
function markersFor(changes: ElementChange[], side: 'old' | 'new'): Record<string, string> {
  const shown = side === 'old' ? ['removed', 'changed', 'layout'] : ['added', 'changed', 'layout'];
  return Object.fromEntries(changes.filter((c) => shown.includes(c.kind)).map((c) => [c.id, `diff-${c.kind}`]));
}

interface Props {
  typeKey: string;
  versions: VersionSummary[];
  initial?: [number, number];
}

/** Two versions side by side, changed elements coloured, and the list of changes beside them. */
export function VersionDiff({ typeKey, versions, initial }: Props) {
  const { t } = useTranslation();
  const [pair, setPair] = useState<[number | undefined, number | undefined]>(initial ?? [versions[1]?.version, versions[0]?.version]);
  const [from, to] = pair;
  const { xmls, error } = useVersionXmls(typeKey, [from, to].filter((v): v is number => v !== undefined));
  const [changes, setChanges] = useState<ElementChange[]>();
  const [diffError, setDiffError] = useState<string>();

  useEffect(() => {
    setChanges(undefined);
    if (from === undefined || to === undefined || !xmls[from] || !xmls[to]) return undefined;
    let alive = true;
    diffVersions(xmls[from], xmls[to]).then(
      (found) => alive && setChanges(found),
      (err: unknown) => alive && setDiffError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      alive = false;
    };
  }, [from, to, xmls]);
  const oldMarkers = useMemo(() => markersFor(changes ?? [], 'old'), [changes]);
  const newMarkers = useMemo(() => markersFor(changes ?? [], 'new'), [changes]);
  const options = versions.map((v) => ({ value: v.version, label: `v${v.version}` }));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {t('serviceTypes.diff.from')}
        <Select style={{ width: 100 }} value={from} options={options} onChange={(v: number) => setPair([v, to])} data-testid="diff-from" />
        {t('serviceTypes.diff.to')}
        <Select style={{ width: 100 }} value={to} options={options} onChange={(v: number) => setPair([from, v])} data-testid="diff-to" />
      </Space>
      {(error ?? diffError) && <Alert type="error" showIcon message={error ?? diffError} />}
      {from === undefined || to === undefined ? (
        <Empty description={t('serviceTypes.diff.pick')} />
      ) : (
        changes && (
          <Row gutter={12}>
            <Col span={9}>
              <Tag>v{from}</Tag>
              <DiagramViewer xml={xmls[from]} markers={oldMarkers} testId="diff-old" />
            </Col>
            <Col span={9}>
              <Tag>v{to}</Tag>
              <DiagramViewer xml={xmls[to]} markers={newMarkers} testId="diff-new" />
            </Col>
            <Col span={6}>
              <Table<ElementChange>
                size="small"
                rowKey="id"
                dataSource={changes}
                pagination={false}
                data-testid="diff-list"
                locale={{ emptyText: t('serviceTypes.diff.same') }}
                onRow={(c) => ({ 'data-element-id': c.id, 'data-kind': c.kind }) as HTMLAttributes<HTMLElement>}
                columns={[
                  { title: t('serviceTypes.diff.element'), key: 'id', render: (_, c) => (c.name ? `${c.name} (${c.id})` : c.id) },
                  { title: t('serviceTypes.diff.type'), key: 'kind', render: (_, c) => <Tag color={COLOURS[c.kind]}>{t(`serviceTypes.diff.kind.${c.kind}`)}</Tag> },
                  { title: t('serviceTypes.diff.attrs'), key: 'attrs', render: (_, c) => c.attrs?.join(', ') },
                ]}
              />
            </Col>
          </Row>
        )
      )}
    </Space>
  );
}
