import { inflateRawSync } from 'node:zlib';
import { errors } from '../../../http/errors';

/** What an uploaded .xlsx or .docx may unpack to: far above any real article file, far below what hurts the engine. */
export const ZIP_LIMITS = { entries: 2000, unpackedBytes: 40 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const refuse = (what: string, code: string, message: string, params?: Record<string, string | number>) =>
  errors.invalidInput([{ path: '(file)', message, code, ...(params ? { params } : {}) }], `The file is not a ${what} this import reads`);

/**
 * Checks an Office file before a library unpacks it: a zip, without zip64 or exotic compression, whose
 * parts really unpack (each is inflated here with a ceiling, so a lying size header does not help) to
 * at most ZIP_LIMITS. Throws a 400 naming the problem; else returns nothing.
 */
export function checkZip(file: Buffer, what: 'xlsx' | 'docx'): void {
  const notZip = () => refuse(what, `not_${what}`, `is not ${what === 'xlsx' ? 'an Excel workbook (.xlsx)' : 'a Word document (.docx)'}`);
  const end = findEnd(file);
  if (end < 0) throw notZip();
  const count = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw notZip();
  if (count > ZIP_LIMITS.entries) throw refuse(what, 'zip_too_many_parts', `has ${count} parts`, { count, max: ZIP_LIMITS.entries });
  let budget = ZIP_LIMITS.unpackedBytes;
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) throw notZip();
    const method = file.readUInt16LE(at + 10);
    const packed = file.readUInt32LE(at + 20);
    const local = file.readUInt32LE(at + 42);
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    if (local + 30 > file.length || file.readUInt32LE(local) !== LOCAL || packed === 0xffffffff) throw notZip();
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const data = file.subarray(start, start + packed);
    if (method === 0) budget -= data.length;
    else if (method === 8) budget -= inflatedSize(data, budget, notZip);
    else throw notZip();
    if (budget < 0) throw tooBig(what);
  }
}

const tooBig = (what: string) => refuse(what, 'zip_too_large', `unpacks to more than ${ZIP_LIMITS.unpackedBytes / 1024 / 1024} MB`, { max: ZIP_LIMITS.unpackedBytes / 1024 / 1024 });

function inflatedSize(data: Buffer, budget: number, notZip: () => Error): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1;
    throw notZip();
  }
}

/** The end-of-central-directory record: in the last 64 KB (its comment) plus 22 bytes. */
function findEnd(file: Buffer): number {
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at--) {
    if (file.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}
