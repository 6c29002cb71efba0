/**
 * @careflow/contracts: what the engine, the connectors and the web app agree on. Browser-safe:
 * request signing (node:crypto) is apart, in `@careflow/contracts/dist/signing`.
 */
export * from './wire';
export * from './errors';
export * from './connectors/report';
export * from './api/users';
export * from './access';
export * from './api/tasks';
export * from './api/notifications';
export * from './api/calls';
export * from './api/order-calls';
export * from './api/order-issues';
export * from './api/provider-feedback';
export * from './api/knowledge';
export * from './api/knowledge-proposals';
export * from './api/agents';
export * from './api/inbound';
export * from './api/health';
export * from './api/areas';
export * from './api/dictionaries';
export * from './api/elders';
export * from './api/cases';
export * from './api/imports';
export * from './api/audit';
export * from './api/service-types';
export * from './api/forms';
export * from './api/deployments';
export * from './api/process-instances';
export * from './api/messages';
export * from './api/incidents';
export * from './api/providers';
export * from './api/dispatches';
export * from './api/billing';
export * from './api/settlements';
export * from './api/periodic-needs';
export * from './api/sms';
export * from './live/events';
export { maskPhone, parsePhone } from './domain/phone';
export type { ParsedPhone, PhoneKind } from './domain/phone';
export { maskIdCard, parseIdCard } from './domain/id-card';
export type { IdCardProblem, ParsedIdCard } from './domain/id-card';
export { isCreditCode } from './domain/credit-code';
export { isCalendarDate } from './domain/calendar-date';
export { yuan } from './domain/money';
export { freeTextItems } from './domain/free-text';
