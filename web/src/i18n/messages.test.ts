import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

/** Every message as `path: text`, depth first. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** Latin words a zh-CN message may keep: product and protocol names, units, formats. */
const LATIN_ALLOWED = new Set(['IP', 'CareFlow', 'BPMN', 'Excel', 'SMS', 'SMPP', 'HTTP', 'HTTPS', 'URL', 'ID', 'API', 'JSON', 'SLA', 'FEEL', 'DMN', 'YYYY', 'MM', 'DD', 'HH', 'mm', 'ss', 'Operaton', 'Camunda', 'PDF', 'Webhook', 'webhook', 'GB', 'CCaaS', 'FreeSWITCH', 'SIP', 'TTS', 'IVR', 'QR', 'HMAC', 'SHA', 'v', 'Word', 'MB']);

const zh = flatten(zhCN as unknown as Tree);
const english = flatten(en as unknown as Tree);

describe('the UI messages', () => {
  it('given both languages, then every key has a message in each, and none is empty', () => {
    expect([...english.keys()].filter((key) => !zh.has(key))).toEqual([]);
    expect([...zh.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...zh].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    expect([...english].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('given the zh-CN messages, then none shows English words outside the allowed names (placeholders, code and file types aside)', () => {
    // Language names are shown in their own language; examples of parameter names and JSON keys are code.
    const code = (text: string) =>
      text
        .replace(/\{\{open\}\}[^{]*\{\{close\}\}/g, '')
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/<[^>]*>/g, '')
        .replace(/"[^"]*"/g, '')
        .replace(/\.[a-z]+\b/g, '');
    const leaks = [...zh]
      .filter(([key]) => !key.startsWith('language.'))
      .map(([key, text]) => [key, code(text)] as const)
      .map(([key, text]) => [key, (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !LATIN_ALLOWED.has(word))] as const)
      .filter(([, words]) => words.length > 0)
      .map(([key, words]) => `${key}: ${words.join(' ')}`);
    expect(leaks).toEqual([]);
  });
});
