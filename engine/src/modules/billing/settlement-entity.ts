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
