import type { TFunction } from 'i18next';
import type { EmergencyKpiFigures, EmergencyReportRow } from '../../api/emergency-reports';
import { barsOption } from './caseCharts';
import { RESPONSE_STAGES } from './emergencyFormat';

const minutes = (sec: number | null) => (sec === null ? null : Number((sec / 60).toFixed(1)));

/** The mean minutes from the alarm to each stage, a bar per stage for each group. */
export function responseTimesOption(rows: EmergencyReportRow[], t: TFunction) {
  return barsOption(rows.map((r) => r.label), t('reports.emergency.unitMinutes'), RESPONSE_STAGES.map((stage) => ({ name: t(`reports.emergency.stage.${stage}`), data: rows.map((r) => minutes(r[stage].avgSec)) })));
}

/** How the alarms ended: 属实, 误报 or 撤销. */
export function outcomesOption(total: EmergencyKpiFigures | undefined, t: TFunction) {
  const real = total ? total.alarms - total.falseAlarms - total.canceled : 0;
  return {
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: [
          { name: t('reports.emergency.outcome.real'), value: real },
          { name: t('reports.emergency.outcome.falseAlarm'), value: total?.falseAlarms ?? 0 },
          { name: t('reports.emergency.outcome.canceled'), value: total?.canceled ?? 0 },
        ],
      },
    ],
  };
}
