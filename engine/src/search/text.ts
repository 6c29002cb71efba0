/** Full-width letters, digits and spaces to half-width, lower case: ＧＬＪＴ１２３ → gljt123. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** An article body's text: tags dropped, entities of the sanitised HTML decoded, white space collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** Runs of Chinese characters (CJK unified ideographs). */
export const HAN_RUN = /[\u3400-\u9fff]+/g;
/** A word worth matching: Chinese, letters or digits (not punctuation or white space). */
export const WORDLIKE = /[\u3400-\u9fffa-z0-9]/;
