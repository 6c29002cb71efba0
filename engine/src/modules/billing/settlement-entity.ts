import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** 结算确认: a provider's admin signed a closed month's figures; once per provider and month. */
export interface SettlementConfirmation {
  providerId: string;
  month: string;
  signatureName: string;
  confirmedAt: Date;
  confirmedBy: string;
  /** The user's display name when they signed, as the signature is shown later. */
  confirmedByName: string;
}

export const SettlementConfirmationEntity = new EntitySchema<SettlementConfirmation>({
  name: 'SettlementConfirmation',
  tableName: 'settlement_confirmations',
  columns: {
    providerId: { ...named('provider_id', column.text(36)), primary: true },
    month: { ...column.text(7), primary: true },
    signatureName: named('signature_name', column.text(50)),
    confirmedAt: named('confirmed_at', column.time()),
    confirmedBy: named('confirmed_by', column.text(36)),
    confirmedByName: named('confirmed_by_name', column.text(128)),
  },
});

/**
 * 结算 figures of a closed month, one row per provider with lines in it, summed in the transaction
 * that closed the month: a closed month never changes, so they are read back instead of summed again.
 */
export interface StoredSettlementFigures {
  providerId: string;
  month: string;
  orders: number;
  lines: number;
  /** Fen, as the lines' sums: bigint, as a provider's month may pass 2^31 fen. */
  amount: number;
  subsidy: number;
  elderShare: number;
  adjustments: number;
}

/** MySQL answers a bigint as a string. */
const fen = (name?: string) => ({ type: 'bigint' as const, ...(name ? { name } : {}), transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } });

export const SettlementFiguresEntity = new EntitySchema<StoredSettlementFigures>({
  name: 'SettlementFigures',
  tableName: 'settlement_figures',
  columns: {
    month: { ...column.text(7), primary: true },
    providerId: { ...named('provider_id', column.text(36)), primary: true },
    orders: { type: 'int', name: 'order_count' },
    lines: { type: 'int', name: 'line_count' },
    amount: fen(),
    subsidy: fen(),
    elderShare: fen('elder_share'),
    adjustments: fen(),
  },
});
