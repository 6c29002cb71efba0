/** Money travels in fen (integer cents); people read it as yuan with two decimals: ¥12.50. */
export const yuan = (fen: number) => `¥${yuanFigure(fen)}`;

/** The same without the sign, where a column or sentence already says 元: 12.50. */
export const yuanFigure = (fen: number) => (fen / 100).toFixed(2);
