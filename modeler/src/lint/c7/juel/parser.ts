import { JuelSyntaxError, Scanner, type Symbol, type Token } from './scanner';

/**
 * The JUEL grammar the process engine parses (org.operaton.bpm.impl.juel.Parser, method invocations
 * on), as a tree the lint can inspect. Nothing here evaluates anything.
 */
export type JuelNode =
  | { type: 'text'; value: string }
  | { type: 'eval'; deferred: boolean; expr: JuelNode }
  | { type: 'composite'; parts: JuelNode[] }
  | { type: 'identifier'; name: string }
  | { type: 'dot'; base: JuelNode; property: string }
  | { type: 'bracket'; base: JuelNode; property: JuelNode }
  | { type: 'method'; target: JuelNode; params: JuelNode[] }
  | { type: 'function'; name: string; params: JuelNode[] }
  | { type: 'literal'; kind: 'string' | 'integer' | 'float' | 'boolean' | 'null'; value: string }
  | { type: 'unary'; op: 'not' | 'neg' | 'empty'; operand: JuelNode }
  | { type: 'binary'; op: string; left: JuelNode; right: JuelNode }
  | { type: 'choice'; test: JuelNode; yes: JuelNode; no: JuelNode }
  | { type: 'nested'; expr: JuelNode };

const EXPR_FIRST = 'IDENTIFIER|STRING|FLOAT|INTEGER|true|false|null|-|!|not|empty|(';
const BINARY_LEVELS: Partial<Record<Symbol, string>>[] = [
  { OR: '||' },
  { AND: '&&' },
  { EQ: '==', NE: '!=' },
  { LT: '<', LE: '<=', GE: '>=', GT: '>' },
  { PLUS: '+', MINUS: '-' },
  { MUL: '*', DIV: '/', MOD: '%' },
];

class Parser {
  private readonly scanner: Scanner;
  private token!: Token;
  private position = 0;
  private readonly lookaheads: { token: Token; position: number }[] = [];

  constructor(input: string) {
    this.scanner = new Scanner(input);
  }

  /** The current token's symbol (a call, so the compiler does not narrow it across consume()). */
  private peek(): Symbol {
    return this.token.symbol;
  }

  private fail(expected: string): never {
    const encountered = this.token.symbol === 'EOF' ? 'EOF' : `'${this.token.image}'`;
    throw new JuelSyntaxError(this.position, encountered, expected);
  }

  private consume(expected?: Symbol): Token {
    const consumed = this.token;
    if (expected && consumed.symbol !== expected) this.fail(expected);
    const next = this.lookaheads.shift();
    if (next) {
      this.token = next.token;
      this.position = next.position;
    } else {
      this.token = this.scanner.next();
      this.position = this.scanner.at;
    }
    return consumed;
  }

  private lookahead(index: number): Token {
    while (this.lookaheads.length <= index) {
      const token = this.scanner.next();
      this.lookaheads.push({ token, position: this.scanner.at });
    }
    return this.lookaheads[index].token;
  }

  /** tree := text? ((dynamic text?)+ | (deferred text?)+)? */
  tree(): JuelNode {
    this.consume();
    let text = this.text();
    if (this.peek() === 'EOF') return text ?? { type: 'text', value: '' };
    const first = this.eval();
    if (this.peek() === 'EOF' && !text) return first;
    const parts: JuelNode[] = [];
    if (text) parts.push(text);
    parts.push(first);
    text = this.text();
    if (text) parts.push(text);
    while (this.peek() !== 'EOF') {
      parts.push(this.evalOf(first.type === 'eval' && first.deferred));
      text = this.text();
      if (text) parts.push(text);
    }
    return { type: 'composite', parts };
  }

  private text(): JuelNode | undefined {
    if (this.peek() !== 'TEXT') return undefined;
    return { type: 'text', value: this.consume().image };
  }

  private eval(): JuelNode {
    if (this.peek() === 'START_EVAL_DYNAMIC') return this.evalOf(false);
    if (this.peek() === 'START_EVAL_DEFERRED') return this.evalOf(true);
    return this.fail("'#{'|'${'");
  }

  /** A `${…}` or, when deferred, a `#{…}`: one composite may not mix them. */
  private evalOf(deferred: boolean): JuelNode {
    this.consume(deferred ? 'START_EVAL_DEFERRED' : 'START_EVAL_DYNAMIC');
    const expr = this.expr(true)!;
    this.consume('END_EVAL');
    return { type: 'eval', deferred, expr };
  }

  /** expr := or (? expr : expr)? */
  private expr(required: boolean): JuelNode | undefined {
    const test = this.binary(0, required);
    if (!test || this.peek() !== 'QUESTION') return test;
    this.consume();
    const yes = this.expr(true)!;
    this.consume('COLON');
    const no = this.expr(true)!;
    return { type: 'choice', test, yes, no };
  }

  /** or, and, eq, cmp, add, mul: left-associative levels of binary operators. */
  private binary(level: number, required: boolean): JuelNode | undefined {
    if (level === BINARY_LEVELS.length) return this.unary(required);
    let left = this.binary(level + 1, required);
    if (!left) return undefined;
    for (let op = BINARY_LEVELS[level][this.peek()]; op; op = BINARY_LEVELS[level][this.peek()]) {
      this.consume();
      left = { type: 'binary', op, left, right: this.binary(level + 1, true)! };
    }
    return left;
  }

  private unary(required: boolean): JuelNode | undefined {
    const ops: Partial<Record<Symbol, 'not' | 'neg' | 'empty'>> = { NOT: 'not', MINUS: 'neg', EMPTY: 'empty' };
    const op = ops[this.peek()];
    if (op) {
      this.consume();
      return { type: 'unary', op, operand: this.unary(true)! };
    }
    const value = this.value();
    if (!value && required) this.fail(EXPR_FIRST);
    return value;
  }

  /** value := (nonliteral | literal) (. IDENTIFIER params? | [ expr ] params?)* */
  private value(): JuelNode | undefined {
    let v = this.nonliteral() ?? this.literal();
    if (!v) return undefined;
    for (;;) {
      if (this.peek() === 'DOT') {
        this.consume();
        v = { type: 'dot', base: v, property: this.consume('IDENTIFIER').image };
      } else if (this.peek() === 'LBRACK') {
        this.consume();
        const property = this.expr(true)!;
        this.consume('RBRACK');
        v = { type: 'bracket', base: v, property };
      } else {
        return v;
      }
      if (this.peek() === 'LPAREN') v = { type: 'method', target: v, params: this.params() };
    }
  }

  /** nonliteral := IDENTIFIER | (IDENTIFIER :)? IDENTIFIER params | ( expr ) */
  private nonliteral(): JuelNode | undefined {
    if (this.peek() === 'IDENTIFIER') {
      let name = this.consume().image;
      if (this.peek() === 'COLON' && this.lookahead(0).symbol === 'IDENTIFIER' && this.lookahead(1).symbol === 'LPAREN') {
        this.consume();
        name += `:${this.consume().image}`;
      }
      return this.peek() === 'LPAREN' ? { type: 'function', name, params: this.params() } : { type: 'identifier', name };
    }
    if (this.peek() === 'LPAREN') {
      this.consume();
      const expr = this.expr(true)!;
      this.consume('RPAREN');
      return { type: 'nested', expr };
    }
    return undefined;
  }

  private params(): JuelNode[] {
    this.consume('LPAREN');
    const params: JuelNode[] = [];
    const first = this.expr(false);
    if (first) {
      params.push(first);
      while (this.peek() === 'COMMA') {
        this.consume();
        params.push(this.expr(true)!);
      }
    }
    this.consume('RPAREN');
    return params;
  }

  private literal(): JuelNode | undefined {
    const kinds: Partial<Record<Symbol, 'string' | 'integer' | 'float' | 'boolean' | 'null'>> = {
      TRUE: 'boolean', FALSE: 'boolean', STRING: 'string', INTEGER: 'integer', FLOAT: 'float', NULL: 'null',
    };
    const kind = kinds[this.peek()];
    return kind ? { type: 'literal', kind, value: this.consume().image } : undefined;
  }
}

/** Parses an expression as the engine would; throws JuelSyntaxError where the engine would refuse it. */
export function parseJuel(input: string): JuelNode {
  return new Parser(input).tree();
}
