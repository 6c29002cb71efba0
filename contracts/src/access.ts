import type { Role } from './api/users';

type Roles = readonly Role[];

/**
 * Who may do what, by capability. The engine's routes declare these lists, and the web app shows a
 * menu entry, a page or a button only to the roles the API behind it lets in, so the two cannot drift.
 */
export const ACCESS = {
  tasks: { work: ['admin', 'supervisor', 'agent'] },
  cases: { read: ['admin', 'supervisor', 'agent', 'auditor'], work: ['admin', 'supervisor', 'agent'], supervise: ['admin', 'supervisor'] },
  elders: { read: ['admin', 'supervisor', 'agent', 'analyst', 'auditor'], edit: ['admin', 'supervisor', 'agent'] },
  forms: { read: ['admin', 'analyst', 'supervisor', 'agent'], edit: ['admin', 'analyst'] },
  serviceTypes: { read: ['admin', 'analyst', 'supervisor', 'agent', 'auditor'], edit: ['admin', 'analyst'] },
  /** 决策表: analysts own the routing tables processes evaluate; supervisors and auditors read them. */
  decisions: { read: ['admin', 'analyst', 'supervisor', 'auditor'], edit: ['admin', 'analyst'] },
  calendar: { read: ['admin', 'analyst', 'supervisor', 'agent', 'auditor'] },
  /** 服务评价: the hotline rates providers (the return visit's connector, agents on a complaint); a provider's admin reads its own. */
  providers: {
    manage: ['admin', 'supervisor'],
    edit: ['admin', 'supervisor', 'provider_admin'],
    rate: ['connector', 'agent', 'supervisor', 'admin'],
    feedback: ['admin', 'supervisor', 'agent', 'analyst', 'auditor', 'provider_admin'],
  },
  /**
   * 知识库: the hotline reads it; authors write articles, reviewers correct and publish them (never a version
   * they wrote themselves). Admins may do both, e.g. on a small hotline.
   */
  knowledge: {
    read: ['admin', 'supervisor', 'agent', 'analyst', 'auditor', 'knowledge_author', 'knowledge_reviewer'],
    write: ['admin', 'knowledge_author', 'knowledge_reviewer'],
    review: ['admin', 'knowledge_reviewer'],
  },
  /** A provider's own orders (the provider portal); supervisors and admins follow every provider's. */
  orders: { read: ['admin', 'supervisor', 'provider_admin', 'provider_staff'] },
  calls: { read: ['agent', 'supervisor', 'admin', 'auditor'], place: ['agent', 'supervisor', 'admin'] },
  sms: { read: ['admin', 'supervisor', 'agent', 'auditor'] },
  /**
   * 收费: charge lines and statements; subsidy rules and month close are the bureau's admins'. A provider's
   * users read their own settlement (结算); only its admin confirms it.
   */
  billing: { read: ['admin', 'supervisor', 'agent', 'auditor'], manage: ['admin'], settlements: ['admin', 'supervisor', 'agent', 'auditor', 'provider_admin', 'provider_staff'], confirm: ['provider_admin'] },
  /** 周期性需求 on the elder file: kept by the hotline's agents. */
  periodicNeeds: { read: ['admin', 'supervisor', 'agent', 'auditor'], manage: ['admin', 'supervisor', 'agent'] },
  /** 主动关怀: plans on the elder file are the agents'; rules over many elders and campaigns are the supervisors' and admins'. */
  care: { read: ['admin', 'supervisor', 'agent', 'auditor'], manage: ['admin', 'supervisor', 'agent'], rules: ['admin', 'supervisor'] },
  audit: { read: ['auditor', 'admin'] },
  users: { manage: ['admin'] },
  /** Reading groups is part of modelling: a user task's candidate groups. */
  groups: { read: ['admin', 'supervisor', 'analyst'] },
  reports: { read: ['admin', 'supervisor', 'analyst'] },
  /** 转办件: sources (secrets, callbacks, type mappings) are the admins'; supervisors follow what came in and what was reported back. */
  handovers: { read: ['admin', 'supervisor', 'auditor'], manage: ['admin'] },
  /** 值班大屏: the duty supervisors' live view of agents, queues, alarms, cases due and today's KPIs. */
  wallboard: { read: ['admin', 'supervisor'] },
  /** 预警: the duty supervisors set the thresholds they are told of. */
  alerts: { manage: ['admin', 'supervisor'] },
} as const satisfies Record<string, Record<string, Roles>>;

/** Whether a user with these roles may use a capability. */
export const allows = (roles: readonly string[], allowed: readonly string[]): boolean => roles.some((role) => allowed.includes(role));
