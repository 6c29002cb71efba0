/**
 * JUEL's scanner as the process engine has it (org.operaton.bpm.impl.juel.Scanner), ported token for
 * token: the lint must read an expression exactly as the engine will, or a crafted one could mean one
 * thing here and another there. Positions are UTF-16 offsets, as Java's.
 */
export type Symbol =
  | 'EOF' | 'PLUS' | 'MINUS' | 'MUL' | 'DIV' | 'MOD' | 'LPAREN' | 'RPAREN' | 'IDENTIFIER'
  | 'NOT' | 'AND' | 'OR' | 'EMPTY' | 'INSTANCEOF' | 'INTEGER' | 'FLOAT' | 'TRUE' | 'FALSE' | 'STRING' | 'NULL'
  | 'LE' | 'LT' | 'GE' | 'GT' | 'EQ' | 'NE' | 'QUESTION' | 'COLON' | 'TEXT' | 'DOT' | 'LBRACK' | 'RBRACK'
  | 'COMMA' | 'START_EVAL_DEFERRED' | 'START_EVAL_DYNAMIC' | 'END_EVAL';

export interface Token {
  symbol: Symbol;
  /** The token's value: a string literal unescaped, text with its escapes resolved. */
  image: string;
  /** How many input characters it covers. */
  size: number;
}

export class JuelSyntaxError extends Error {
  override name = 'JuelSyntaxError';
  constructor(
    readonly position: number,
    readonly encountered: string,
    readonly expected: string,
  ) {
    super(`syntax error at position ${position}, encountered ${encountered}, expected ${expected}`);
  }
}

const FIXED: Record<string, Symbol> = {
  '+': 'PLUS', '-': 'MINUS', '*': 'MUL', '/': 'DIV', '%': 'MOD', '(': 'LPAREN', ')': 'RPAREN', '[': 'LBRACK', ']': 'RBRACK',
  '?': 'QUESTION', ':': 'COLON', ',': 'COMMA',
};
const KEYWORDS: Record<string, Symbol> = {
  null: 'NULL', true: 'TRUE', false: 'FALSE', empty: 'EMPTY', div: 'DIV', mod: 'MOD', not: 'NOT', and: 'AND', or: 'OR',
  le: 'LE', lt: 'LT', eq: 'EQ', ne: 'NE', ge: 'GE', gt: 'GT', instanceof: 'INSTANCEOF',
};

// Java's Character.isJavaIdentifierStart / isJavaIdentifierPart / isWhitespace, on UTF-16 units as Java's
// char versions; the control characters are Java's "identifier-ignorable" ones and its whitespace.
/* eslint-disable no-control-regex */
const IDENTIFIER_START = /^[\p{L}\p{Nl}\p{Sc}\p{Pc}]$/u;
const IDENTIFIER_PART = /^[\p{L}\p{Nl}\p{Sc}\p{Pc}\p{Nd}\p{Mn}\p{Mc}\p{Cf}\u0000-\u0008\u000E-\u001B\u007F-\u009F]$/u;
const WHITESPACE = /^[\t\n\u000B\f\r\u001C-\u001F\p{Zl}\p{Zp}]$|^(?![\u00A0\u2007\u202F])\p{Zs}$/u;
/* eslint-enable no-control-regex */

export const isIdentifierStart = (c: string) => IDENTIFIER_START.test(c);
export const isIdentifierPart = (c: string) => IDENTIFIER_PART.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

const fixed = (symbol: Symbol, image: string): Token => ({ symbol, image, size: image.length });

export class Scanner {
  private token: Token | undefined;
  private position = 0;

  constructor(readonly input: string) {}

  get current(): Token {
    if (!this.token) throw new Error('scanner not started');
    return this.token;
  }

  get at(): number {
    return this.position;
  }

  /** Inside `${…}`: after a start token and until the closing brace. */
  private isEval(): boolean {
    return this.token !== undefined && this.token.symbol !== 'TEXT' && this.token.symbol !== 'END_EVAL';
  }

  next(): Token {
    if (this.token) this.position += this.token.size;
    const length = this.input.length;
    if (this.isEval()) while (this.position < length && WHITESPACE.test(this.input[this.position])) this.position++;
    this.token = this.position === length ? fixed('EOF', '') : this.nextToken();
    return this.token;
  }

  private nextToken(): Token {
    const c = this.input[this.position];
    if (this.isEval()) return c === '}' ? fixed('END_EVAL', '}') : this.nextEval();
    if (this.input[this.position + 1] === '{') {
      if (c === '#') return fixed('START_EVAL_DEFERRED', '#{');
      if (c === '$') return fixed('START_EVAL_DYNAMIC', '${');
    }
    return this.nextText();
  }

  private isEvalStart(i: number): boolean {
    const c = this.input[i];
    return (c === '#' || c === '$') && this.input[i + 1] === '{';
  }

  /** Literal text up to the next `${`/`#{`; a backslash before one makes it literal. */
  private nextText(): Token {
    let text = '';
    let i = this.position;
    let escaped = false;
    for (; i < this.input.length; i++) {
      const c = this.input[i];
      if (escaped) {
        if (this.isEvalStart(i)) {
          text += c;
          escaped = false;
        } else {
          text += '\\';
          if (c !== '\\') {
            text += c;
            escaped = false;
          }
        }
      } else if (this.isEvalStart(i)) {
        break;
      } else if (c === '\\') {
        escaped = true;
      } else {
        text += c;
      }
    }
    if (escaped) text += '\\';
    return { symbol: 'TEXT', image: text, size: i - this.position };
  }

  private nextEval(): Token {
    const c1 = this.input[this.position];
    const c2 = this.input[this.position + 1];
    const operator = this.nextOperator(c1, c2);
    if (operator) return operator;
    if (isDigit(c1) || c1 === '.') return this.nextNumber();
    if (isIdentifierStart(c1)) return this.nextIdentifier();
    throw new JuelSyntaxError(this.position, `invalid character '${c1}'`, 'expression token');
  }

  private nextOperator(c1: string, c2: string | undefined): Token | undefined {
    if (FIXED[c1]) return fixed(FIXED[c1], c1);
    switch (c1) {
      case '.':
        return isDigit(c2) ? undefined : fixed('DOT', '.');
      case '=':
        return c2 === '=' ? fixed('EQ', '==') : undefined;
      case '&':
        return c2 === '&' ? fixed('AND', '&&') : undefined;
      case '|':
        return c2 === '|' ? fixed('OR', '||') : undefined;
      case '!':
        return c2 === '=' ? fixed('NE', '!=') : fixed('NOT', '!');
      case '<':
        return c2 === '=' ? fixed('LE', '<=') : fixed('LT', '<');
      case '>':
        return c2 === '=' ? fixed('GE', '>=') : fixed('GT', '>');
      case '"':
      case "'":
        return this.nextString();
      default:
        return undefined;
    }
  }

  private nextString(): Token {
    const quote = this.input[this.position];
    let value = '';
    let i = this.position + 1;
    while (i < this.input.length) {
      let c = this.input[i++];
      if (c === '\\') {
        if (i === this.input.length) throw new JuelSyntaxError(this.position, 'unterminated string', `${quote} or \\`);
        c = this.input[i++];
        if (c !== '\\' && c !== quote) throw new JuelSyntaxError(this.position, `invalid escape sequence \\${c}`, `\\${quote} or \\\\`);
        value += c;
      } else if (c === quote) {
        return { symbol: 'STRING', image: value, size: i - this.position };
      } else {
        value += c;
      }
    }
    throw new JuelSyntaxError(this.position, 'unterminated string', quote);
  }

  private nextNumber(): Token {
    const input = this.input;
    const digits = (from: number) => {
      while (isDigit(input[from])) from++;
      return from;
    };
    let i = digits(this.position);
    let symbol: Symbol = 'INTEGER';
    if (input[i] === '.') {
      i = digits(i + 1);
      symbol = 'FLOAT';
    }
    if (input[i] === 'e' || input[i] === 'E') {
      let e = i + 1;
      if (input[e] === '+' || input[e] === '-') e++;
      if (isDigit(input[e])) {
        i = digits(e + 1);
        symbol = 'FLOAT';
      }
    }
    return { symbol, image: input.substring(this.position, i), size: i - this.position };
  }

  private nextIdentifier(): Token {
    let i = this.position + 1;
    while (i < this.input.length && isIdentifierPart(this.input[i])) i++;
    const name = this.input.substring(this.position, i);
    const keyword = Object.hasOwn(KEYWORDS, name) ? KEYWORDS[name] : undefined;
    return { symbol: keyword ?? 'IDENTIFIER', image: name, size: i - this.position };
  }
}
