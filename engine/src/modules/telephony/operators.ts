/** The roles that sit at a desk: they place and take calls and alarms, and have an agent state. */
export const OPERATORS = ['agent', 'supervisor', 'admin'] as const;

export const isOperator = (roles: readonly string[]) => roles.some((r) => (OPERATORS as readonly string[]).includes(r));
