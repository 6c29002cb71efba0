import { isCalendarDate, isCreditCode, parsePhone } from '@careflow/contracts';
import { errors, FieldProblem } from '../../http/errors';
import { AreaService } from '../areas/service';
import { yuan } from '@careflow/contracts';
import { priceWindow, ServiceItemService } from './items';
import { ProviderState } from './provider-state';
import { ProviderInput } from './schemas';
import { sorted } from './sql';

/** The cancellation terms are set on their own (cancellation-terms.ts), never by a whole-provider write or the import. */
export type ProviderFields = Omit<ProviderState, 'id' | 'rating' | 'cancelFee' | 'cancelTerms' | 'createdAt' | 'updatedAt'>;

/** A provider's fields as stored, and the paths of the areas it serves. */
export interface CheckedProvider {
  fields: ProviderFields;
  areaPaths: Map<string, string>;
}

const duplicates = (codes: string[], path: (i: number) => string): FieldProblem[] =>
  codes.flatMap((code, i) => (codes.indexOf(code) !== i ? [{ path: path(i), message: `${code} is listed twice`, code: 'listed_twice', params: { value: code } }] : []));

/**
 * Checks a whole provider and normalises it: the credit code's checksum, the contact phone, the
 * contract dates, the areas, and each item's price within its limits. Items the provider already
 * offers may have been retired since; new ones must be active.
 */
export async function checkProvider(input: ProviderInput, areas: AreaService, items: ServiceItemService, offered: string[] = []): Promise<CheckedProvider> {
  const problems: FieldProblem[] = [];
  const creditCode = input.creditCode.trim().toUpperCase();
  if (!isCreditCode(creditCode)) problems.push({ path: 'creditCode', message: 'not a valid unified social credit code (GB 32100: 18 characters with a check character)', code: 'credit_code' });
  const phone = parsePhone(input.contactPhone);
  if (!phone) problems.push({ path: 'contactPhone', message: 'not a mainland mobile or landline number', code: 'phone' });
  for (const field of ['contractFrom', 'contractTo'] as const) if (!isCalendarDate(input[field])) problems.push({ path: field, message: `${input[field]} is not a date`, code: 'invalid_date', params: { value: input[field] } });
  if (problems.length === 0 && input.contractFrom > input.contractTo) problems.push({ path: 'contractTo', message: `the contract ends before it starts (${input.contractFrom})`, code: 'contract_order', params: { from: input.contractFrom } });
  problems.push(...duplicates(input.areas, (i) => `areas.${i}`), ...duplicates(input.items.map((i) => i.code), (i) => `items.${i}.code`));
  if (problems.length > 0) throw errors.invalidInput(problems);

  const found = await areas.requireAll(input.areas, 'areas');
  const catalog = await items.byCodes(input.items.map((i) => i.code));
  input.items.forEach(({ code, price }, i) => {
    const item = catalog.get(code);
    if (!item) problems.push({ path: `items.${i}.code`, message: `unknown service item ${code}`, code: 'unknown_item', params: { code } });
    else if (!item.active && !offered.includes(code)) problems.push({ path: `items.${i}.code`, message: `${item.name} is no longer offered`, code: 'item_retired', params: { name: item.name } });
    else if (price < item.minPrice || price > item.maxPrice) problems.push({ path: `items.${i}.price`, message: `${item.name} costs ${priceWindow(item)}`, code: 'price_out_of_range', params: { name: item.name, min: yuan(item.minPrice), max: yuan(item.maxPrice), unit: item.unit } });
  });
  if (problems.length > 0) throw errors.invalidInput(problems);

  const fields: ProviderFields = {
    name: input.name,
    creditCode,
    address: input.address,
    nature: input.nature,
    contactName: input.contactName,
    contactPhone: phone!.number,
    contractFrom: input.contractFrom,
    contractTo: input.contractTo,
    capacity: input.capacity,
    status: input.status,
    areas: [...input.areas].sort(),
    items: sorted(input.items, (i) => i.code).map(({ code, price }) => ({ code, price })),
  };
  return { fields, areaPaths: new Map(found.map((a) => [a.code, a.path])) };
}
