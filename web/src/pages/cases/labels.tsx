import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listServiceTypes, type ServiceType } from '../../api/service-types';
import { formatDateTime } from '../../components/dateTime';

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

/** YYYY-MM-DD HH:mm like the rest of the app (the language no longer changes the format; kept for the callers). */
export const formatTime = (iso: string | null | undefined, _language?: string) => formatDateTime(iso);

/** Display names by user id and username, as GET /api/cases/:id gives them. */
export type People = Record<string, string>;

/**
 * Who did something, as a person reads it: a user's display name, a switch as 交换机 (the simulator
 * as 模拟交换机), never a username or an id. A name no user has is shown as it is (a deleted user's).
 */
export function actorLabel(actorName: string | null, actorId: string | null, people: People, t: TFunction): string {
  if (actorName?.startsWith('switch:')) {
    const id = actorName.slice('switch:'.length);
    return id === 'simulator' ? t('cases.actor.simulator') : t('cases.actor.switch', { id });
  }
  return (actorId && people[actorId]) || (actorName && people[actorName]) || actorName || '';
}

/** A step's name with the line breaks a modeler put in it as spaces (an old stored name may still say &#10;). */
export const stepName = (name: string | null | undefined) => (name ?? '').replace(/&#(x[0-9a-f]+|\d+);/gi, ' ').replace(/\s+/g, ' ').trim();
