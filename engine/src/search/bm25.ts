/** The text fields of an article the index scores, and how much a match in each counts. */
export const FIELD_WEIGHTS = { title: 3, keywords: 2.5, answer: 1.5, body: 1, sound: 0.8 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;
export const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

const K1 = 1.2;
const B = 0.75;

export type FieldCounts = Partial<Record<Field, number>>;

/** Okapi BM25's idf: rare terms weigh more, a term in every article almost nothing. */
export const idf = (documents: number, withTerm: number) => Math.log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));

/** One term's weight in one article: BM25 per field (length-normalised), fields weighted and summed. */
export function termScore(counts: FieldCounts, lengths: Record<Field, number>, averages: Record<Field, number>): number {
  let score = 0;
  for (const field of FIELDS) {
    const tf = counts[field];
    if (!tf) continue;
    const norm = 1 - B + (B * lengths[field]) / (averages[field] || 1);
    score += (FIELD_WEIGHTS[field] * tf * (K1 + 1)) / (tf + K1 * norm);
  }
  return score;
}
