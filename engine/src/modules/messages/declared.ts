/**
 * The messages CareFlow takes from outside (POST /api/messages), each with the process variables it
 * may set. A name not listed here is refused: a caller can neither move a process on an event it
 * does not wait for nor set variables the process trusts (an amount, a decision, an assignee).
 *
 * provider.accepted / provider.rejected are what the dispatch process (seeds/emergency-rescue,
 * dispatches/answers.ts) waits for, carrying the `dispatch` the provider answered; provider.done is
 * what 家政便民 (seeds/household-help) waits for once the worker finished (dispatches' finish). Telephony's
 * call.* events are switch events (POST /api/telephony/events), not process messages.
 */
export const DECLARED_MESSAGES: Readonly<Record<string, { variables: readonly string[] }>> = {
  'provider.accepted': { variables: ['dispatch'] },
  'provider.rejected': { variables: ['dispatch'] },
  'provider.done': { variables: ['dispatch'] },
  // A worker's report (order-issues): 家政便民 catches it on 上门服务 and opens a task for the hotline.
  'provider.issue': { variables: ['issue'] },
};

/** The variables of `variables` that the message `name` does not declare (all of them for an undeclared name). */
export function undeclaredVariables(name: string, variables: Record<string, unknown>): string[] {
  const allowed = DECLARED_MESSAGES[name]?.variables ?? [];
  return Object.keys(variables).filter((v) => !allowed.includes(v));
}
