import { yuan } from '@careflow/contracts';

/** Money travels in fen (integer cents); people read and type yuan with two decimals. */
export const formatYuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : yuan(fen));

export const fenToYuan = (fen: number) => fen / 100;

/** Rounds to whole fen, so 12.345 yuan cannot reach the server as 1234.5 fen. */
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);
