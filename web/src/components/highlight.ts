/** A piece of text, marked when it is one of the matched words. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/**
 * Splits plain text around the search's matched words (longest first, case-insensitive) so the page
 * renders each part as text: the article's words never become markup.
 */
export function highlightParts(text: string, words: readonly string[]): TextPart[] {
  const wanted = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || !text) return text ? [{ text, hit: false }] : [];
  const lower = text.toLowerCase();
  const parts: TextPart[] = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const word = wanted.find((w) => lower.startsWith(w, i));
    if (!word) {
      plain += text[i];
      i++;
      continue;
    }
    if (plain) parts.push({ text: plain, hit: false });
    plain = '';
    parts.push({ text: text.slice(i, i + word.length), hit: true });
    i += word.length;
  }
  if (plain) parts.push({ text: plain, hit: false });
  return parts;
}
