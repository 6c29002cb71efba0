import sanitizeHtml from 'sanitize-html';

/**
 * An article body as stored and shown: paragraphs, lists, emphasis, small headings and links (http,
 * https, mailto, tel) only. Scripts, styles, event handlers and anything else are dropped, never run.
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'h3', 'h4', 'blockquote', 'a'],
    allowedAttributes: { a: ['href', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
    disallowedTagsMode: 'discard',
  }).trim();
}
