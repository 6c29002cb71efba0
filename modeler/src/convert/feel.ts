/**
 * The simple subset of FEEL that the Camunda 8 import carries into JUEL (Operaton's expression
 * language). Anything else is left for an analyst to review, never guessed:
 *
 *   names and paths        =x, =a.b                  → ${x}, ${a.b}
 *   literals               ="text", =1, =true, =null → the literal
 *   comparisons            = != < <= > >=            → == != < <= > >=
 *   logic                  and, or, not(x)           → and, or, not (x)
 *   parentheses
 * and only in input/output values:
 *   text joined with +     ="Case " + caseNumber     → Case ${caseNumber}  (at least one text literal)
 *   lists and contexts     =["a", x], ={k: x}        → camunda:list, camunda:map
 *
 * One difference stays: FEEL reads a missing variable as null, JUEL refuses it. Conditions on
 * variables a process may not have yet need a look (the review list says where FEEL was).
 */
export type FeelNode =
  | { k: 'str'; v: string }
  | { k: 'num'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'path'; parts: string[] }
  | { k: 'not'; e: FeelNode }
  | { k: 'bin'; op: string; l: FeelNode; r: FeelNode }
  | { k: 'concat'; parts: FeelNode[] }
  | { k: 'list'; items: FeelNode[] }
  | { k: 'ctx'; entries: [string, FeelNode][] };

/** Thrown for FEEL outside the subset; the caller lists the expression for review. */
export class OutsideSubset extends Error {}

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*)|(!=|<=|>=|[()[\]{},.:+=<>])|(\S))/y;
/** FEEL words that start constructs beyond the subset. */
const BEYOND = new Set(['if', 'then', 'else', 'for', 'some', 'every', 'in', 'between', 'instance', 'of', 'function', 'satisfies', 'return']);
/** JUEL's reserved words: a FEEL variable with one of these names cannot be written as is. */
const JUEL_RESERVED = new Set(['and', 'or', 'not', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'true', 'false', 'null', 'instanceof', 'empty', 'div', 'mod']);

type Token = { kind: 'str' | 'num' | 'name' | 'punct'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const m = TOKEN.exec(source);
    if (!m) break;
    if (m[5] !== undefined) throw new OutsideSubset(`unexpected ${m[5]}`);
    if (m[1] !== undefined) tokens.push({ kind: 'str', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'num', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'name', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'punct', text: m[4] });
  }
  return tokens;
}

/** Parses a FEEL expression (without its leading "=") of the subset, or throws OutsideSubset. */
export function parseFeel(source: string): FeelNode {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const is = (text: string) => peek()?.text === text && peek()?.kind !== 'str';
  const expect = (text: string) => {
    if (!is(text)) throw new OutsideSubset(`expected ${text}`);
    at++;
  };
  const binary = (next: () => FeelNode, ops: string[]): FeelNode => {
    let left = next();
    while (peek() && ops.includes(peek().text) && peek().kind !== 'str') {
      const op = tokens[at++].text;
      left = { k: 'bin', op, l: left, r: next() };
    }
    return left;
  };
  const or = (): FeelNode => binary(and, ['or']);
  const and = (): FeelNode => binary(comparison, ['and']);
  const comparison = (): FeelNode => {
    const left = concat();
    if (peek() && ['=', '!=', '<', '<=', '>', '>='].includes(peek().text) && peek().kind === 'punct') {
      const op = tokens[at++].text;
      return { k: 'bin', op, l: left, r: concat() };
    }
    return left;
  };
  const concat = (): FeelNode => {
    const parts = [primary()];
    while (is('+')) {
      at++;
      parts.push(primary());
    }
    return parts.length === 1 ? parts[0] : { k: 'concat', parts };
  };
  const primary = (): FeelNode => {
    const t = tokens[at++];
    if (!t) throw new OutsideSubset('unexpected end');
    if (t.kind === 'str') return { k: 'str', v: JSON.parse(t.text) as string };
    if (t.kind === 'num') return { k: 'num', v: t.text };
    if (t.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (t.text === '[') {
      const items: FeelNode[] = [];
      while (!is(']')) {
        items.push(or());
        if (!is(']')) expect(',');
      }
      at++;
      return { k: 'list', items };
    }
    if (t.text === '{') {
      const entries: [string, FeelNode][] = [];
      while (!is('}')) {
        const key = tokens[at++];
        if (!key || (key.kind !== 'name' && key.kind !== 'str')) throw new OutsideSubset('context key');
        expect(':');
        entries.push([key.kind === 'str' ? (JSON.parse(key.text) as string) : key.text, or()]);
        if (!is('}')) expect(',');
      }
      at++;
      return { k: 'ctx', entries };
    }
    if (t.kind !== 'name' || BEYOND.has(t.text)) throw new OutsideSubset(`unsupported ${t.text}`);
    if (t.text === 'true' || t.text === 'false') return { k: 'bool', v: t.text === 'true' };
    if (t.text === 'null') return { k: 'null' };
    if (t.text === 'not') {
      expect('(');
      const inner = or();
      expect(')');
      return { k: 'not', e: inner };
    }
    const parts = [t.text];
    while (is('.')) {
      at++;
      const next = tokens[at++];
      if (next?.kind !== 'name') throw new OutsideSubset('path');
      parts.push(next.text);
    }
    // A name followed by another name or "(" is a function call or a name with spaces.
    if (peek() && (peek().kind === 'name' ? !['and', 'or'].includes(peek().text) : peek().text === '(')) throw new OutsideSubset('function or spaced name');
    return { k: 'path', parts };
  };
  const node = or();
  if (at !== tokens.length) throw new OutsideSubset(`unexpected ${tokens[at].text}`);
  return node;
}

const PRECEDENCE: Record<string, number> = { or: 1, and: 2 };
const precedence = (n: FeelNode) => (n.k === 'bin' ? (PRECEDENCE[n.op] ?? 3) : 9);
const JUEL_OP: Record<string, string> = { '=': '==' };

/** The JUEL text (without ${}) of a node of the expression subset; lists, contexts and text joins are not expressions there. */
export function juel(node: FeelNode): string {
  switch (node.k) {
    case 'str':
      return `'${node.v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    case 'num':
      return node.v;
    case 'bool':
      return String(node.v);
    case 'null':
      return 'null';
    case 'path':
      if (JUEL_RESERVED.has(node.parts[0])) throw new OutsideSubset(`${node.parts[0]} is a JUEL word`);
      return node.parts.join('.');
    case 'not':
      return `not (${juel(node.e)})`;
    case 'bin': {
      const p = precedence(node);
      const side = (n: FeelNode) => (precedence(n) < p || (p === 3 && precedence(n) === 3) ? `(${juel(n)})` : juel(n));
      return `${side(node.l)} ${JUEL_OP[node.op] ?? node.op} ${side(node.r)}`;
    }
    default:
      throw new OutsideSubset(`${node.k} is not an expression in JUEL`);
  }
}

/** `=x > 1` → `${x > 1}`; throws OutsideSubset beyond the subset. */
export function feelToJuel(feel: string): string {
  return `\${${juel(parseFeel(feel.replace(/^\s*=/, '')))}}`;
}

/** Text that Operaton would read as an expression: a literal must not carry one. */
export const looksLikeExpression = (text: string) => /[$#]\{/.test(text);
