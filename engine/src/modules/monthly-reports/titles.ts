import type { MonthlyReport } from '@careflow/contracts';
import { localTimeOf } from '../../local-time';
import { daysOf } from '../billing/months';

/** 2026年11月 热线运行月报, with the area's name when it covers one area. */
export function reportTitle(report: Pick<MonthlyReport, 'month' | 'areaName'>): string {
  const [year, month] = report.month.split('-').map(Number);
  return `${year}年${month}月${report.areaName ? ` ${report.areaName}` : ''} 热线运行月报`;
}

/** The files' name (without extension). */
export function reportFileName(report: Pick<MonthlyReport, 'month' | 'areaName'>): string {
  return `热线运行月报_${report.month}${report.areaName ? `_${report.areaName}` : ''}`;
}

/** An ideographic space between the byline's fields. */
const GAP = '\u3000';

/** 统计期间 2026-11-01 至 2026-11-30, and who generated it when, in the bureau's local time. */
export function reportByline(report: Pick<MonthlyReport, 'month' | 'generatedAt' | 'generatedBy'>, timeZone: string): string {
  const { from, to } = daysOf(report.month);
  const at = localTimeOf(report.generatedAt, timeZone);
  return `统计期间：${from} 至 ${to}${GAP}生成时间：${at.date} ${at.hour}:${at.minute}${GAP}${report.generatedBy ? `生成人：${report.generatedBy}` : '每月1日自动生成'}`;
}
