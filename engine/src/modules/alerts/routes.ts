import { ACCESS, alertRule, alertRuleInput, alertRulesAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { checkedParam, currentUser, route, RouteSpec } from '../../http/route';
import type { AlertRules } from './rules';

const audited = (action: string) => ({ action, entity: 'alert_rule', summary: ({ body }: { body: { kind: string; name: string; threshold: number; areaCode?: string | null; active: boolean } }) => ({ kind: body.kind, name: body.name, threshold: body.threshold, areaCode: body.areaCode ?? null, active: body.active }) });

/** 预警规则: the duty supervisors' thresholds and their latest crossings. */
export function alertRoutes(rules: AlertRules): RouteSpec[] {
  return [
    route({ method: 'get', path: '/alerts/rules', summary: 'The alert rules (预警) of areas within your scope (the whole bureau’s to unlimited users), each with its figure at the last check and whether it is crossed, and their latest 50 crossings', access: ACCESS.alerts.manage, response: alertRulesAnswer, handler: (ctx) => rules.list(currentUser(ctx)) }),
    route({
      method: 'post',
      path: '/alerts/rules',
      summary: 'A new alert rule: the answer rate in a window under a percentage, unconfirmed alarms older than some minutes above a count, or overdue cases above a count (the whole bureau or an area within your scope); checked every 30 s, each crossing told once to the duty supervisors in-app and by SMS',
      access: ACCESS.alerts.manage,
      body: alertRuleInput,
      response: alertRule,
      audit: { ...audited('alert_rule.create'), id: ({ result }) => result.id },
      handler: async (ctx, body) => {
        ctx.status = 201;
        return rules.create(body, currentUser(ctx));
      },
    }),
    route({
      method: 'put',
      path: '/alerts/rules/:id',
      summary: 'Change an alert rule (active: false stops it); it starts afresh: an open crossing ends and the next is told again',
      access: ACCESS.alerts.manage,
      body: alertRuleInput,
      response: alertRule,
      audit: audited('alert_rule.update'),
      handler: (ctx, body) => rules.update(checkedParam(ctx, 'id', z.string().min(1).max(36)), body, currentUser(ctx)),
    }),
  ];
}
