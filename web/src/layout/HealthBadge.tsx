import { Badge, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../hooks/useHealth';

/** Header badge: green when /api/health reports ok, red otherwise; details in the tooltip. */
export function HealthBadge() {
  const { t } = useTranslation();
  const health = useHealth();

  let status: 'processing' | 'success' | 'error';
  let text: string;
  let details: ReactNode;

  if (health.kind === 'checking') {
    status = 'processing';
    text = t('health.checking');
    details = t('common.loading');
  } else if (health.kind === 'unreachable') {
    status = 'error';
    text = t('health.degraded');
    details = t('health.unreachable');
  } else {
    const { report } = health;
    const unknown = t('health.unknown');
    status = report.status === 'ok' ? 'success' : 'error';
    text = report.status === 'ok' ? t('health.ok') : t('health.degraded');
    details = (
      <div data-testid="health-details">
        <div>{`${t('health.processEngineVersion')}: ${report.processEngine?.version || unknown}`}</div>
        <div>{`${t('health.processEngineStatus')}: ${report.processEngine?.status || unknown}`}</div>
        <div>{`${t('health.databaseType')}: ${report.database?.type || unknown}`}</div>
        <div>{`${t('health.databaseStatus')}: ${report.database?.status || unknown}`}</div>
        <div>{`${t('health.engineVersion')}: ${report.engine?.version || unknown}`}</div>
      </div>
    );
  }

  return (
    <Tooltip title={details} placement="bottomRight">
      <span data-testid="health-badge" data-status={status} style={{ cursor: 'default', whiteSpace: 'nowrap' }}>
        <Badge status={status} text={text} />
      </span>
    </Tooltip>
  );
}
