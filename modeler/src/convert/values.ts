import { FeelNode, juel, looksLikeExpression, OutsideSubset, parseFeel } from './feel';

/** What a camunda:inputParameter / outputParameter holds: text (maybe with ${…}), a list or a map. */
export type ParameterValue = { kind: 'text'; text: string } | { kind: 'list'; items: ParameterValue[] } | { kind: 'map'; entries: [string, ParameterValue][] };

const isFeel = (value: string) => value.trimStart().startsWith('=');
const feelOf = (value: string) => parseFeel(value.trimStart().slice(1));

type Text = { kind: 'text'; text: string };

function literalText(text: string): Text {
  if (looksLikeExpression(text)) throw new OutsideSubset('literal text that Operaton would evaluate');
  return { kind: 'text', text };
}


function nodeValue(node: FeelNode, nested: boolean): ParameterValue {
  switch (node.k) {
    case 'str':
      return literalText(node.v);
    case 'concat': {
      // Text joins become one composite expression: each name its own ${…}, the text around it as is.
      if (!node.parts.some((p) => p.k === 'str') || !node.parts.every((p) => p.k === 'str' || p.k === 'path')) throw new OutsideSubset('join of more than text and names');
      return { kind: 'text', text: node.parts.map((p) => (p.k === 'str' ? literalText(p.v).text : `\${${juel(p)}}`)).join('') };
    }
    case 'list':
      if (nested) throw new OutsideSubset('nested list');
      return { kind: 'list', items: node.items.map((i) => nodeValue(i, true)) };
    case 'ctx':
      if (nested) throw new OutsideSubset('nested context');
      return { kind: 'map', entries: node.entries.map(([k, v]) => [k, nodeValue(v, true)]) };
    default:
      return { kind: 'text', text: `\${${juel(node)}}` };
  }
}

/** A Zeebe input/output `source`: static text stays text, FEEL of the subset becomes JUEL. */
export function parameterValue(source: string): ParameterValue {
  return isFeel(source) ? nodeValue(feelOf(source), false) : literalText(source);
}

/** A timer's date, duration or cycle: ISO text stays, `=name` becomes ${name}, `="PT5M"` becomes PT5M. */
export function timerValue(body: string): string {
  if (!isFeel(body)) return body;
  const node = feelOf(body);
  if (node.k === 'str') return literalText(node.v).text;
  if (node.k === 'path') return `\${${juel(node)}}`;
  throw new OutsideSubset('timer expression beyond a name or a text');
}

/**
 * An attribute that is text or an expression in Operaton (topic, called element, collection, assignee,
 * due date, priority): static text stays, `=name` or `="text"` carries; lists of texts (candidate
 * groups) become comma-separated.
 */
export function attributeValue(value: string, options: { list?: boolean } = {}): string {
  if (!isFeel(value)) return literalText(options.list ? value.split(',').map((v) => v.trim()).join(',') : value).text;
  const node = feelOf(value);
  if (node.k === 'str' || node.k === 'num') return literalText(node.v).text;
  if (node.k === 'path') return `\${${juel(node)}}`;
  if (options.list && node.k === 'list' && node.items.every((i) => i.k === 'str')) {
    return node.items.map((i) => (i.k === 'str' ? literalText(i.v).text : '')).join(',');
  }
  throw new OutsideSubset('attribute expression beyond a name or a text');
}

/** A condition (sequence flow, completion, conditional event): FEEL of the subset → ${…}. */
export function conditionValue(body: string): string {
  if (!isFeel(body)) throw new OutsideSubset('a Zeebe condition is FEEL starting with =');
  return `\${${juel(feelOf(body))}}`;
}
