/** UCS2 (data_coding 8) carries 70 characters in one SMS, 67 per part of a concatenated one. */
export const UCS2_SINGLE = 70;
export const UCS2_PART = 67;

export interface Segment {
  /** Concatenation header (IEI 0x00, 8-bit reference) or undefined for a single message. */
  udh?: Buffer;
  text: string;
}

/**
 * Splits a text into the parts of one concatenated SMS. UCS2 counts UTF-16 code units, so a
 * surrogate pair (an emoji) is never cut in half.
 */
export function segments(text: string, reference: number): Segment[] {
  if (text.length <= UCS2_SINGLE) return [{ text }];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    let cut = Math.min(UCS2_PART, rest.length);
    const code = rest.charCodeAt(cut - 1);
    if (cut < rest.length && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (parts.length > 255) throw new Error('The text is too long for one concatenated SMS');
  return parts.map((part, i) => ({ udh: Buffer.from([0x05, 0x00, 0x03, reference & 0xff, parts.length, i + 1]), text: part }));
}

/** Reads an SMSC delivery receipt: the TLVs when present, else the text form "id:… stat:DELIVRD err:000". */
export function parseReceipt(pdu: Record<string, unknown>): { providerMessageId: string; status: 'delivered' | 'failed'; error?: string } | undefined {
  const message = pdu.short_message as { message?: unknown } | undefined;
  const text = typeof message?.message === 'string' ? message.message : Buffer.isBuffer(message?.message) ? message.message.toString('latin1') : '';
  const id = typeof pdu.receipted_message_id === 'string' ? pdu.receipted_message_id : /\bid:(\S+)/i.exec(text)?.[1];
  if (!id) return undefined;
  const stat = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  const state = typeof pdu.message_state === 'number' ? pdu.message_state : undefined;
  // message_state 2 and stat DELIVRD both mean delivered; ENROUTE/ACCEPTED are not final.
  if (state === 2 || stat === 'DELIVRD') return { providerMessageId: id, status: 'delivered' };
  if (state === 1 || state === 6 || stat === 'ENROUTE' || stat === 'ACCEPTD') return undefined;
  const err = /\berr:(\w+)/i.exec(text)?.[1];
  return { providerMessageId: id, status: 'failed', error: `SMSC: ${stat ?? `state ${state ?? '?'}`}${err ? ` err:${err}` : ''}` };
}
