import { Page } from 'playwright-core';

/**
 * Latin words allowed in zh-CN: product, protocol and format names, units and the codes people type
 * or read off devices. Anything else with two Latin letters in a row is English that leaked.
 */
const ALLOWED = new Set([
  'CareFlow', 'Operaton', 'BPMN', 'DMN', 'SMS', 'Excel', 'xlsx', 'csv', 'ID', 'FreeSWITCH', 'ESL', 'SIP', 'WebSocket', 'JSON', 'XML', 'HMAC',
  'SHA', 'HTTP', 'HTTPS', 'URL', 'API', 'SLA', 'PDF', 'QR', 'GB', 'Webhook', 'webhook', 'MB', 'KB', 'IP', 'CPU', 'zh', 'CN', 'English', 'Ctrl',
  'SOS', 'IVR', 'bpmn', 'YYYY-MM-DD', 'Word', 'docx',
]);
/** Codes this test's data puts on screen (usernames, keys, device and case numbers). */
const DATA = [/^role_[a-z_]+$/, /^admin$/, /^[A-Z]{1,3}-?\d+/, /^v\d+$/, /^[A-Z]+\d{8}-\d+$/];

/**
 * The text a person sees: visible text nodes and the placeholders of visible fields. Not diagrams (their
 * names are the analyst's), codes (`<code>`, or marked `translate="no"` as HTML says of text not to translate) or typed values.
 */
export async function visibleText(page: Page): Promise<string[]> {
  // A string: this package builds without the DOM's types.
  return page.evaluate<string[]>(`(() => {
    const seen = [];
    const skip = (el) => !el || !!el.closest('svg, code, pre, textarea, script, style, [translate="no"]') || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (text && !skip(node.parentElement)) seen.push(text);
    }
    document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach((el) => !skip(el) && seen.push(el.placeholder));
    return seen;
  })()`);
}

/** Each text that carries an English word, with the words, e.g. `收件人 must not be empty [must, not, be, empty]`. */
export function latinLeaks(texts: string[]): string[] {
  return texts.flatMap((text) => {
    const words = (text.match(/[A-Za-z][A-Za-z0-9_.'-]*[A-Za-z0-9]/g) ?? []).filter((word) => !ALLOWED.has(word) && !DATA.some((pattern) => pattern.test(word)));
    return words.length > 0 ? [`${text.slice(0, 120)} [${words.join(', ')}]`] : [];
  });
}

/**
 * A wait for the page's requests to be done: none in flight for 400 ms (at most 10 s). Client-side
 * navigation never reaches Playwright's 'networkidle' again, and a page's lazy code and data are
 * requests like any other. Live pushes (WebSocket, event streams) are not counted.
 */
export function quietAfterRequests(page: Page, quietMs = 400, atMostMs = 10_000): () => Promise<void> {
  const inFlight = new Set<object>();
  let lastChange = Date.now();
  const counted = (request: { resourceType(): string }) => !['websocket', 'eventsource'].includes(request.resourceType());
  page.on('request', (request) => {
    if (!counted(request)) return;
    inFlight.add(request);
    lastChange = Date.now();
  });
  const done = (request: object) => {
    if (inFlight.delete(request)) lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    // What was just clicked has had time to ask for its code and data.
    await page.waitForTimeout(150);
    const until = Date.now() + atMostMs;
    while (Date.now() < until && (inFlight.size > 0 || Date.now() - lastChange < quietMs)) await page.waitForTimeout(100);
  };
}
