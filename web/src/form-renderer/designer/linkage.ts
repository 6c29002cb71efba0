import type { LinkRule, RuleOp, RuleValue } from './types';

/**
 * Linkage rules as formily x-reactions and back. The designer writes one reaction per field:
 *   { dependencies: [a, b], fulfill: { state: { display: "{{C1 && C2 ? 'visible' : 'none'}}", required: "{{C3}}" } } }
 * and reads back only reactions of exactly that shape; anything else stays as written (in `extra`).
 * The expressions use only $deps and comparisons, which the server's schema gate accepts.
 * A dependency is a field name at form level, or '.name' for a sibling in the same array-table row
 * (formily resolves that against the row, so each row's rules read that row's value).
 */
export interface GeneratedReaction {
  dependencies: string[];
  fulfill: { state: { display?: string; required?: string } };
}

/** The dependency paths the designer writes and reads back: `name` or `.name`. */
export const DEPENDENCY = /^\.?[A-Za-z_][A-Za-z0-9_]*$/;

const condition = (rule: LinkRule, i: number): string => {
  const dep = `$deps[${i}]`;
  if (rule.op === 'empty') return `(${dep} === undefined || ${dep} === null || ${dep} === '' || ${dep}?.length === 0)`;
  if (rule.op === 'notEmpty') return `!(${dep} === undefined || ${dep} === null || ${dep} === '' || ${dep}?.length === 0)`;
  return `${dep} ${rule.op === 'eq' ? '===' : '!=='} ${JSON.stringify(rule.value ?? '')}`;
};

/** Show rules first, then require rules, each in the order given: the order they read back in. */
export const sortRules = (rules: LinkRule[]): LinkRule[] => [...rules.filter((r) => r.effect === 'show'), ...rules.filter((r) => r.effect === 'require')];

export function rulesToReaction(given: LinkRule[]): GeneratedReaction | undefined {
  if (given.length === 0) return undefined;
  const rules = sortRules(given);
  const dependencies = [...new Set(rules.map((r) => r.field))];
  const joined = (effect: LinkRule['effect']) => rules.filter((r) => r.effect === effect).map((r) => condition(r, dependencies.indexOf(r.field))).join(' && ');
  const show = joined('show');
  const require = joined('require');
  const state: GeneratedReaction['fulfill']['state'] = {};
  if (show) state.display = `{{${show} ? 'visible' : 'none'}}`;
  if (require) state.required = `{{${require}}}`;
  return { dependencies, fulfill: { state } };
}

const PATTERNS: [RuleOp, RegExp][] = [
  ['empty', /^\(\$deps\[(\d+)\] === undefined \|\| \$deps\[\1\] === null \|\| \$deps\[\1\] === '' \|\| \$deps\[\1\]\?\.length === 0\)$/],
  ['notEmpty', /^!\(\$deps\[(\d+)\] === undefined \|\| \$deps\[\1\] === null \|\| \$deps\[\1\] === '' \|\| \$deps\[\1\]\?\.length === 0\)$/],
  ['eq', /^\$deps\[(\d+)\] === (.+)$/],
  ['ne', /^\$deps\[(\d+)\] !== (.+)$/],
];

function parseConditions(text: string, effect: LinkRule['effect'], dependencies: string[]): LinkRule[] | undefined {
  const rules: LinkRule[] = [];
  for (const part of text.split(' && ')) {
    const found = PATTERNS.map(([op, re]) => [op, re.exec(part)] as const).find(([, m]) => m);
    if (!found) return undefined;
    const [op, match] = found;
    const field = dependencies[Number(match![1])];
    if (field === undefined) return undefined;
    if (op === 'eq' || op === 'ne') {
      let value: unknown;
      try {
        value = JSON.parse(match![2]);
      } catch {
        return undefined;
      }
      if (!['string', 'number', 'boolean'].includes(typeof value)) return undefined;
      rules.push({ effect, field, op, value: value as RuleValue });
    } else rules.push({ effect, field, op });
  }
  return rules;
}

/** The rules of a reaction the designer generated, or undefined when it is anything else. */
export function reactionToRules(reaction: unknown): LinkRule[] | undefined {
  if (!isObject(reaction) || !Array.isArray(reaction.dependencies) || !isObject(reaction.fulfill)) return undefined;
  const dependencies = reaction.dependencies as unknown[];
  const { fulfill } = reaction;
  if (!dependencies.every((d) => typeof d === 'string' && DEPENDENCY.test(d)) || Object.keys(reaction).length !== 2 || Object.keys(fulfill).join() !== 'state' || !isObject(fulfill.state)) return undefined;
  const { display, required, ...other } = fulfill.state;
  if (Object.keys(other).length > 0) return undefined;
  const rules: LinkRule[] = [];
  if (display !== undefined) {
    const m = typeof display === 'string' ? /^\{\{(.+) \? 'visible' : 'none'\}\}$/.exec(display) : null;
    const parsed = m ? parseConditions(m[1], 'show', dependencies as string[]) : undefined;
    if (!parsed) return undefined;
    rules.push(...parsed);
  }
  if (required !== undefined) {
    const m = typeof required === 'string' ? /^\{\{(.+)\}\}$/.exec(required) : null;
    const parsed = m ? parseConditions(m[1], 'require', dependencies as string[]) : undefined;
    if (!parsed) return undefined;
    rules.push(...parsed);
  }
  // Only what rulesToReaction writes for these rules counts as ours (same dependency order too).
  return JSON.stringify(rulesToReaction(rules)) === JSON.stringify(reaction) ? rules : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
