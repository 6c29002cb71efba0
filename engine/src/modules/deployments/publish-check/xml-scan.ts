/**
 * A small reader of well-formed XML (checked before, no DOCTYPE) that keeps where everything is:
 * start tags with their attributes' positions and the id of the element they belong to, and text.
 * The publish check uses it to rename ids in the scratch copy without reserializing the model, and
 * to name the element behind an engine error that gives only a line and column.
 */
export interface ScannedAttribute {
  name: string;
  /** The raw value as written (entities not decoded), and where it sits in the input. */
  value: string;
  start: number;
  end: number;
}

export interface ScannedTag {
  /** Local name, without prefix. */
  localName: string;
  attributes: ScannedAttribute[];
  /** Local names of the open elements around it, outermost first. */
  path: string[];
  /** Its own id, or the nearest enclosing element's. */
  ownerId?: string;
  /** Offset just after its closing `>` (where a SAX parser reports a start tag). */
  end: number;
}

export interface ScannedText {
  /** Decoded text (entities resolved, CDATA as is). */
  value: string;
  ownerId?: string;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export function scanXml(xml: string): { tags: ScannedTag[]; texts: ScannedText[] } {
  const tags: ScannedTag[] = [];
  const texts: ScannedText[] = [];
  const open: { localName: string; ownerId?: string }[] = [];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > i && xml.slice(i, textEnd).trim()) texts.push({ value: decodeXml(xml.slice(i, textEnd)), ownerId: open.at(-1)?.ownerId });
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      texts.push({ value: xml.slice(lt + 9, end), ownerId: open.at(-1)?.ownerId });
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      i = xml.indexOf('?>', lt) + 2;
    } else if (xml.startsWith('</', lt)) {
      open.pop();
      i = xml.indexOf('>', lt) + 1;
    } else {
      const gt = tagEnd(xml, lt);
      const body = xml.slice(lt + 1, gt);
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
      const attributes: ScannedAttribute[] = [];
      for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) {
        const value = match[3] ?? match[4];
        const start = lt + 1 + name.length + match.index + match[0].length - value.length - 1;
        attributes.push({ name: match[1], value, start, end: start + value.length });
      }
      const id = attributes.find((a) => a.name === 'id')?.value;
      const ownerId = id ?? open.at(-1)?.ownerId;
      tags.push({ localName: localName(name), attributes, path: open.map((o) => o.localName), ownerId, end: gt + 1 });
      if (xml[gt - 1] !== '/') open.push({ localName: localName(name), ownerId });
      i = gt + 1;
    }
  }
  return { tags, texts };
}

/** The `>` that ends a tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return xml.length - 1;
}

/** Offset of a 1-based line and column, lines ending as XML parsers count them (\r\n, \r or \n). */
export function offsetOf(xml: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = xml.slice(offset).search(/\r\n|\r|\n/);
    if (next === -1) return xml.length;
    offset += next + (xml.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return offset + column - 1;
}

/** The id of the element whose start tag ends at (or last before) a parser's line and column. */
export function elementAt(xml: string, line: number, column: number): string | undefined {
  if (line < 1) return undefined;
  const at = offsetOf(xml, line, column);
  let found: ScannedTag | undefined;
  for (const tag of scanXml(xml).tags) {
    if (tag.end > at) break;
    found = tag;
  }
  return found?.ownerId;
}

/** Replaces attribute values in place, by position (replacements do not overlap). */
export function replaceAttributes(xml: string, replacements: { attribute: ScannedAttribute; value: string }[]): string {
  let out = '';
  let from = 0;
  for (const { attribute, value } of [...replacements].sort((a, b) => a.attribute.start - b.attribute.start)) {
    out += xml.slice(from, attribute.start) + value;
    from = attribute.end;
  }
  return out + xml.slice(from);
}
