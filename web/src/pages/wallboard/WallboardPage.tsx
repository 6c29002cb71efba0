import { FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Alert, Button, ConfigProvider, Flex, Spin, theme, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errorText';
import { usePageTitle } from '../../hooks/usePageTitle';
import { AgentTiles } from './AgentTiles';
import { CasesByType, TodayKpis } from './CasesAndKpis';
import { QueueLists, QueueTiles } from './QueueTiles';
import { useWallboard } from './useWallboard';

/** 值班大屏: agents, calls waiting, unconfirmed alarms, cases due and today's KPIs, live, for a wall screen at 1920×1080. */
export function WallboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('menu.wallboard'));
  const { board, now, error, connected } = useWallboard();
  const wall = useRef<HTMLDivElement>(null);
  const [full, setFull] = useState(false);
  useEffect(() => {
    const follow = () => setFull(document.fullscreenElement === wall.current);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  const toggle = () => void (full ? document.exitFullscreen() : wall.current?.requestFullscreen())?.catch(() => undefined);

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div ref={wall} data-testid="wallboard" style={{ background: '#0a192f', color: '#e6f4ff', padding: 16, borderRadius: full ? 0 : 8, minHeight: full ? '100vh' : undefined, overflow: 'auto' }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('menu.wallboard')}
          </Typography.Title>
          <Flex align="center" gap={16}>
            <span style={{ fontSize: 28, fontVariantNumeric: 'tabular-nums' }} data-testid="wallboard-clock">
              {board ? new Date(now).toLocaleTimeString('zh-CN', { hour12: false }) : ''}
            </span>
            <Button icon={full ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={toggle} data-testid="wallboard-fullscreen">
              {full ? t('wallboard.exitFullScreen') : t('wallboard.fullScreen')}
            </Button>
          </Flex>
        </Flex>
        {error !== null && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
        {board && !connected && <Alert type="warning" showIcon message={t('wallboard.offline')} style={{ marginBottom: 12 }} />}
        {!board ? (
          !error && <Spin size="large" />
        ) : (
          <Flex vertical gap={12}>
            <QueueTiles board={board} now={now} />
            <AgentTiles board={board} now={now} />
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 12 }}>
              <QueueLists board={board} now={now} />
              <CasesByType board={board} />
              <TodayKpis board={board} />
            </div>
          </Flex>
        )}
      </div>
    </ConfigProvider>
  );
}
