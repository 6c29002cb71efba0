import type { TFunction } from 'i18next';
import { auditZhCN } from '../../i18n/messages/audit.zh-CN';

/** Every action the engine records, as `entity.verb`, in the order the labels list them. */
export const AUDIT_ACTIONS: string[] = Object.entries(auditZhCN.actions).flatMap(([group, verbs]) => Object.keys(verbs).map((verb) => `${group}.${verb}`));

export const AUDIT_ENTITY_TYPES = Object.keys(auditZhCN.entities);

/** 派单 for dispatch.create; an action without a label shows its code. */
export const actionLabel = (action: string, t: TFunction) => t(`audit.actions.${action}` as 'audit.actions.dispatch.create', { defaultValue: action });

export const entityLabel = (type: string, t: TFunction) => t(`audit.entities.${type}` as 'audit.entities.dispatch', { defaultValue: type });

/** A local calendar day as the instant it starts (or ends), for the engine's from/to. */
export const dayStart = (day?: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
export const dayEnd = (day?: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);
