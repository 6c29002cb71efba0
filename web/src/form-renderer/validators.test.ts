import { createForm } from '@formily/core';
import { setFormLanguage } from './validators';

async function messagesOf(value: unknown, validator: Record<string, unknown>): Promise<string[]> {
  const form = createForm();
  const field = form.createField({ name: 'text', validator });
  // Both reject with the errors they found; the field keeps them.
  await field.onInput(value).catch(() => undefined);
  await field.validate().catch(() => undefined);
  return field.selfErrors;
}

describe('form validation messages', () => {
  afterAll(() => setFormLanguage('zh-CN'));

  it('given a text over its length in 简体中文, when validated, then the message counts characters, not "长度或条目数"', async () => {
    setFormLanguage('zh-CN');
    expect(await messagesOf('一'.repeat(21), { maxLength: 20 })).toEqual(['不能超过 20 个字']);
    expect(await messagesOf('一', { minLength: 2 })).toEqual(['至少 2 个字']);
    expect(await messagesOf(['a', 'b', 'c'], { maxItems: 2 })).toEqual(['最多选择 2 项']);
  });

  it('given the same in English, when validated, then the English message says characters', async () => {
    setFormLanguage('en');
    expect(await messagesOf('x'.repeat(21), { maxLength: 20 })).toEqual(['At most 20 characters']);
  });
});
