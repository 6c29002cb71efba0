import { ACCESS, allows } from '@careflow/contracts';

/** The roles that sit at a desk: they place and take calls and alarms, and have an agent state. */
export const OPERATORS = ACCESS.calls.place;

export const isOperator = (roles: readonly string[]) => allows(roles, OPERATORS);
