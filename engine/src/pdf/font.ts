import { create, Font } from 'fontkit';
import fs from 'node:fs/promises';

export type { Font as PdfFont } from 'fontkit';

const parsed = new Map<string, Promise<Font>>();

/**
 * The PDFs' CJK font (STATEMENT_PDF_FONT: statements, monthly reports), read and parsed once per process: parsing the
 * 8 MB font and warming its glyphs again for every PDF took two thirds of each PDF's time. pdfkit
 * only reads it (each PDF subsets it on its own), so every PDF can share it. A file that cannot be
 * read or parsed is tried again on the next PDF.
 */
export function pdfFont(file: string): Promise<Font> {
  let font = parsed.get(file);
  if (!font) {
    font = fs
      .readFile(file)
      .then((bytes) => create(bytes))
      .catch((error: unknown) => {
        parsed.delete(file);
        throw new Error(`The PDF font STATEMENT_PDF_FONT=${file} cannot be read: ${String(error)}`);
      });
    parsed.set(file, font);
  }
  return font;
}
