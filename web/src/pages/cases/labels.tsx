import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listServiceTypes, type ServiceType } from '../../api/service-types';

const STATUS_COLOR: Record<string, string> = { opening: 'default', open: 'processing', closed: 'success', canceled: 'default' };

export function CaseStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status] ?? 'default'}>{t(`cases.status.${status}` as 'cases.status.open', { defaultValue: status })}</Tag>;
}

export function PriorityTag({ priority }: { priority: string }) {
  const { t } = useTranslation();
  const text = t(`cases.priority.${priority}` as 'cases.priority.normal', { defaultValue: priority });
  return priority === 'emergency' ? <Tag color="red">{text}</Tag> : <Tag>{text}</Tag>;
}

/** zh-CN label of a timeline entry type (case.opened → 受理开单); unknown types show as they are. */
export function timelineLabel(type: string, t: TFunction): string {
  return t(`cases.timeline.${type.replace(/\./g, '_')}` as 'cases.timeline.case_opened', { defaultValue: type });
}

export const channelLabel = (channel: string, t: TFunction) => t(`desk.channel.${channel}` as 'desk.channel.phone', { defaultValue: channel });

/** The catalog's names by key, for lists that only carry the key. */
export function useServiceTypeNames(): { types: ServiceType[]; nameOf: (key: string) => string } {
  const { i18n } = useTranslation();
  const [types, setTypes] = useState<ServiceType[]>([]);
  useEffect(() => void listServiceTypes().then(setTypes, () => setTypes([])), []);
  const zh = (i18n.resolvedLanguage ?? i18n.language) !== 'en';
  const nameOf = (key: string) => {
    const type = types.find((x) => x.key === key);
    return type ? (zh ? type.nameZh : type.nameEn) : key;
  };
  return { types, nameOf };
}

export const formatTime = (iso: string | null | undefined, language: string) => (iso ? new Date(iso).toLocaleString(language) : '—');
