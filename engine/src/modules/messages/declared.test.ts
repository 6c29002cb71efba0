import fs from 'node:fs';
import path from 'node:path';
import { DECLARED_MESSAGES, undeclaredVariables } from './declared';

const SEEDS = path.join(__dirname, '..', 'seeds');

/** Every message a shipped BPMN waits for, by name. */
function shippedMessageNames(): string[] {
  const files = fs.readdirSync(SEEDS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.bpmn'));
  return files.flatMap((f) => [...fs.readFileSync(path.join(SEEDS, f), 'utf8').matchAll(/<bpmn:message\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]));
}

describe('declared messages', () => {
  it('given the shipped processes, then every message they wait for is declared', () => {
    const names = shippedMessageNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !(n in DECLARED_MESSAGES))).toEqual([]);
  });

  it.each([
    ['provider.accepted', { dispatch: {} }, []],
    ['provider.accepted', { dispatch: {}, assignee: 'x' }, ['assignee']],
    ['no.such.message', { dispatch: {} }, ['dispatch']],
  ])('given %s with %j, then the undeclared variables are %j', (name, variables, undeclared) => {
    expect(undeclaredVariables(name, variables)).toEqual(undeclared);
  });
});
