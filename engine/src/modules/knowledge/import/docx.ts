import mammoth from 'mammoth';
import { errors } from '../../../http/errors';
import { checkZip } from './zip-guard';

/** One article of a Word file: its title (null when the section has none), HTML body and the 简短答复： paragraph's text. */
export interface DocxArticle {
  title: string | null;
  body: string;
  shortAnswer: string | null;
}

// Heading 1 (and Title) start an article; lower headings become the small headings the sanitiser keeps.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  "p[style-name='heading 4'] => h4:fresh",
  "p[style-name='heading 5'] => h4:fresh",
  "p[style-name='heading 6'] => h4:fresh",
];
const H1 = /<h1[^>]*>([\s\S]*?)<\/h1>/g;
const ANY_HEADING = /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/;
const SHORT_ANSWER = /<p[^>]*>\s*简短答复\s*[:：]\s*([\s\S]*?)<\/p>/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]).trim();

/**
 * The articles of a .docx: each Heading 1 starts one (its text is the title, what follows up to the
 * next Heading 1 its body); a file without a Heading 1 is one article titled by its first heading.
 * Text before the first Heading 1 is not imported. Images are dropped; the caller sanitises the bodies.
 */
export async function readDocx(file: Buffer, maxArticles: number): Promise<DocxArticle[]> {
  checkZip(file, 'docx');
  const html = await mammoth
    .convertToHtml({ buffer: file }, { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) })
    .then((r) => r.value)
    .catch(() => {
      throw errors.invalidInput([{ path: '(file)', message: 'is not a Word document (.docx)', code: 'not_docx' }]);
    });
  const heads = [...html.matchAll(H1)];
  const sections: { title: string | null; body: string }[] = [];
  if (heads.length === 0) {
    const first = ANY_HEADING.exec(html);
    sections.push(first ? { title: plain(first[2]), body: html.slice(first.index + first[0].length) } : { title: null, body: html });
  } else {
    heads.forEach((head, i) => sections.push({ title: plain(head[1]), body: html.slice(head.index + head[0].length, heads[i + 1]?.index ?? html.length) }));
  }
  if (sections.length > maxArticles) {
    throw errors.invalidInput([{ path: '(file)', message: `has ${sections.length} articles; import at most ${maxArticles} at a time`, code: 'too_many_articles', params: { count: sections.length, max: maxArticles } }]);
  }
  return sections.map(({ title, body }) => {
    const answer = SHORT_ANSWER.exec(body);
    return { title: title || null, body: (answer ? body.replace(answer[0], '') : body).trim(), shortAnswer: answer ? plain(answer[1]) : null };
  });
}
