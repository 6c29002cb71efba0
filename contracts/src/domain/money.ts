/** Money travels in fen (integer cents); people read it as yuan with two decimals: ¥12.50. */
export const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
