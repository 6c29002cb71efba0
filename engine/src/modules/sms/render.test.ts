import { renderTemplate, templateParams } from './render';

describe('SMS template rendering', () => {
  it('given repeated and spaced placeholders, when parsed, then each name is listed once in order', () => {
    expect(templateParams('{{ a }}{{b}}{{a}}')).toEqual({ params: ['a', 'b'], problems: [] });
  });

  it('given every parameter, when rendered, then each placeholder is replaced everywhere', () => {
    expect(renderTemplate('{{name}}，{{name}}：{{n}}', { name: '王', n: '3' })).toEqual({ content: '王，王：3' });
  });

  it('given a missing parameter, when rendered, then it is refused by name', () => {
    expect(renderTemplate('{{name}}{{time}}', { name: '王' })).toEqual({ problems: [expect.objectContaining({ path: 'params.time', code: 'missing_param' })] });
  });

  it('given parameters that make the text too long, when rendered, then it is refused', () => {
    expect(renderTemplate('{{x}}', { x: '字'.repeat(501) })).toEqual({ problems: [expect.objectContaining({ path: 'content' })] });
  });

  it('given a parameter value that looks like a placeholder, when rendered, then it is sent literally, not expanded', () => {
    expect(renderTemplate('{{a}}-{{b}}', { a: '{{b}}', b: 'x' })).toEqual({ content: '{{b}}-x' });
  });
});
