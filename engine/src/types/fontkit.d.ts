/**
 * fontkit (pdfkit's font parser) ships no types. The statement PDF parses its CJK font once with it
 * and hands pdfkit the parsed font, which pdfkit 0.20 takes as it is (PDFFontFactory.open), though
 * @types/pdfkit 0.17 knows only paths and bytes.
 */
declare module 'fontkit' {
  /** The little of a fontkit font the engine names; pdfkit uses the rest. */
  export interface Font {
    readonly postscriptName: string;
    layout(text: string): unknown;
  }
  /** A font file's bytes parsed (a collection, .ttc, needs the postscript name of one of its fonts). */
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

declare namespace PDFKit.Mixins {
  interface PDFFont {
    registerFont(name: string, src: import('fontkit').Font): this;
  }
}
