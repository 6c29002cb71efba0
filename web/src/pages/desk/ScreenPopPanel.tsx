import { Alert, Button, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PopElder, ScreenPop } from '../../api/telephony-inbound';
import { formatTime } from '../cases/labels';
import { useElderPanel } from './elderFile';
import { ElderSearch } from './ElderSearch';
import { ElderSummary } from './ElderSummary';
import { buttonName, unknownLabel, usePopWho } from './PopBanners';

/**
 * The screen pop: who is calling and what the agent needs to know. One elder: her summary; several
 * (a shared phone): the agent picks; none: 未知来电 and a search. The pick becomes the desk's elder.
 */
export function ScreenPopPanel({ pop, elderId, onElder }: { pop: ScreenPop | null; elderId: string | null; onElder: (id: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const [searching, setSearching] = useState(false);
  const popWho = usePopWho();
  const fromPop: PopElder | undefined = pop?.elders.find((e) => e.id === elderId) ?? (pop?.elders.length === 1 ? pop.elders[0] : undefined);
  // An elder picked by search (or one the pop does not carry) is read from the registry.
  const fetched = useElderPanel(fromPop ? null : elderId);
  const elder = fromPop ?? fetched ?? null;

  const heading = pop ? (
    <Space wrap>
      <Tag color={pop.kind === 'alarm' ? 'red' : 'blue'}>{t(pop.kind === 'alarm' ? 'desk.pop.alarm' : 'desk.pop.call')}</Tag>
      <span data-testid="pop-who">{popWho(pop)}</span>
      <Typography.Text type="secondary">{formatTime(pop.at, i18n.language)}</Typography.Text>
    </Space>
  ) : t('desk.elder.title');

  return (
    <Card size="small" title={heading} data-testid="screen-pop" style={{ marginBottom: 16 }}>
      {pop && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }}>
          <Space wrap>
            {pop.takenBy && <Tag color="green">{t('desk.pop.taken', { name: pop.takenBy.displayName })}</Tag>}
            {pop.terminal && <Tag>{t('desk.pop.terminal', { id: pop.terminal.deviceId })}</Tag>}
            {pop.terminal?.button && <Tag color="volcano">{t('desk.pop.button', { button: buttonName(pop.terminal.button, t) })}</Tag>}
            {pop.location?.address && <Tag>{t('desk.pop.location', { address: pop.location.address })}</Tag>}
            {pop.caseId && (
              <Link to={`/cases/${pop.caseId}`} data-testid="pop-case">
                {pop.attached ? t('desk.pop.attached', { number: pop.caseNumber ?? '' }) : t('desk.pop.caseOpened', { number: pop.caseNumber ?? '' })}
              </Link>
            )}
          </Space>
          {pop.error && <Alert type="warning" showIcon message={pop.error} data-testid="pop-error" />}
          {pop.elders.length > 1 && !fromPop && (
            <List
              size="small"
              header={t('desk.pop.pickElder')}
              dataSource={pop.elders}
              data-testid="pop-choices"
              renderItem={(e) => (
                <List.Item actions={[<Button key="pick" size="small" onClick={() => onElder(e.id)} data-testid={`pick-${e.id}`}>{t('desk.pop.choose')}</Button>]}>
                  {e.name} · {e.age ?? '—'} · {e.address}
                </List.Item>
              )}
            />
          )}
          {pop.elders.length === 0 && !elder && <Typography.Text strong data-testid="pop-unknown">{unknownLabel(pop, t)}</Typography.Text>}
        </Space>
      )}
      {elder ? <ElderSummary elder={elder} caseId={pop?.caseId} /> : elderId && fetched === undefined ? <Spin /> : !pop && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.pop.empty')} />}
      {(searching || (pop && pop.elders.length === 0)) && (
        <div style={{ marginTop: 8 }}>
          {/* A new pop starts a new search: the last call's results are not this caller's. */}
          <ElderSearch key={pop?.id ?? 'none'} onPick={(m) => (onElder(m.elder.id), setSearching(false))} />
        </div>
      )}
      {!searching && !(pop && pop.elders.length === 0) && (
        <Button type="link" size="small" onClick={() => setSearching(true)} style={{ paddingLeft: 0 }}>{t('desk.pop.search')}</Button>
      )}
    </Card>
  );
}
