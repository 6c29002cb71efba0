import { SMS_MAX_LENGTH } from '@careflow/contracts';
import { FieldProblem } from '../../http/errors';

export { SMS_MAX_LENGTH };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const PARAM_NAME = /^[A-Za-z_][\w]{0,63}$/;

/** The placeholder names of a template in order of first use, or the problems that make it unusable. */
export function templateParams(content: string): { params: string[]; problems: FieldProblem[] } {
  const params: string[] = [];
  const problems: FieldProblem[] = [];
  for (const match of content.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (!PARAM_NAME.test(name)) problems.push({ path: 'content', message: `{{${name}}} is not a parameter name (letters, digits, _)` });
    else if (!params.includes(name)) params.push(name);
  }
  // A lone brace pair left after the placeholders were taken out is a typo, not text to send.
  if (/\{\{|\}\}/.test(content.replace(PLACEHOLDER, ''))) problems.push({ path: 'content', message: 'an unclosed {{ or a stray }}' });
  return { params, problems };
}

/**
 * Fills a template's placeholders. A missing or empty parameter is refused (a message with a
 * blank where the elder's name should be is worse than none); so is a result over the limit.
 */
export function renderTemplate(content: string, params: Record<string, string>): { content: string } | { problems: FieldProblem[] } {
  const { params: names } = templateParams(content);
  const missing = names.filter((n) => params[n] === undefined || String(params[n]).trim() === '');
  if (missing.length > 0) return { problems: missing.map((n) => ({ path: `params.${n}`, message: 'is required by the template', code: 'missing_param' })) };
  const text = content.replace(PLACEHOLDER, (_all, name: string) => String(params[name]));
  if (text.length > SMS_MAX_LENGTH) return { problems: [{ path: 'content', message: `the rendered text has ${text.length} characters, more than ${SMS_MAX_LENGTH}` }] };
  return { content: text };
}
