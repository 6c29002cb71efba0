import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Wallboard } from '../../api/wallboard';
import { BLOCK, percent, seconds } from './board';

const cell = { padding: '6px 8px', fontSize: 22, borderBottom: '1px solid rgba(255,255,255,0.12)' } as const;

/** Open cases near due and overdue, one row per service type, the worst first. */
export function CasesByType({ board }: { board: Wallboard }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  return (
    <div style={BLOCK} data-testid="wallboard-cases-by-type">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('wallboard.casesByType')}
      </Typography.Title>
      {board.cases.byType.length === 0 ? (
        <div style={{ fontSize: 20, opacity: 0.6 }}>{t('wallboard.noCasesDue')}</div>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ ...cell, textAlign: 'left' }}>{t('wallboard.serviceType')}</th>
              <th style={{ ...cell, textAlign: 'right' }}>{t('wallboard.overdue')}</th>
              <th style={{ ...cell, textAlign: 'right' }}>{t('wallboard.nearDue', { minutes: board.cases.nearDueMinutes })}</th>
            </tr>
          </thead>
          <tbody>
            {board.cases.byType.map((row) => (
              <tr key={row.serviceTypeKey}>
                <td style={cell}>{zh ? row.nameZh : row.nameEn}</td>
                <td style={{ ...cell, textAlign: 'right', fontWeight: 700, color: row.overdue > 0 ? '#ff7875' : undefined }}>{row.overdue}</td>
                <td style={{ ...cell, textAlign: 'right' }}>{row.nearDue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Today's call KPIs so far, as GB/T 33358 counts them. */
export function TodayKpis({ board }: { board: Wallboard }) {
  const { t } = useTranslation();
  const k = board.today;
  const figures = [
    ['connectRate', percent(k.connectRate)],
    ['within15sRate', percent(k.within15sRate)],
    ['asaSec', seconds(k.asaSec)],
    ['ahtSec', seconds(k.ahtSec)],
    ['abandoned', String(k.abandoned)],
    ['offered', String(k.offered)],
  ] as const;
  return (
    <div style={BLOCK} data-testid="wallboard-today">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('wallboard.today')}
      </Typography.Title>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 12 }}>
        {figures.map(([key, value]) => (
          <div key={key} data-testid={`wallboard-kpi-${key}`}>
            <div style={{ fontSize: 18, opacity: 0.85 }}>{t(`wallboard.kpi.${key}`)}</div>
            <div style={{ fontSize: 44, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>{value}</div>
          </div>
        ))}
      </div>
    </div>
  );
}
