/**
 * The elder file keeps allergies and medications as free text; the screen pop and the elder card
 * show them as a list: one item per comma, semicolon, 、 or line, trimmed, blanks left out.
 */
export function freeTextItems(text: string | null | undefined): string[] {
  return (text ?? '').split(/[,，、;；\n]/).map((s) => s.trim()).filter(Boolean);
}
