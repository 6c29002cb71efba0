/**
 * Seeds household billing for the billing bench with bulk INSERTs (not the API), over elders seeded
 * by seedElders: providers (two per district, each serving its district and offering the shipped
 * household-help items at its own price), their cases and dispatches (the provider portal's orders),
 * and a month of charge lines per elder, priced with the engine's subsidy rules and monthly caps.
 */
import type { RuleTerms } from '@careflow/engine/dist/modules/billing/subsidy';
import { priceLines } from '@careflow/engine/dist/modules/billing/subsidy';
import { readSeed } from '@careflow/engine/dist/modules/seeds/files';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { BatchInserter } from './seed-cases';
import { orderedId, prng, Row } from './seed-rows';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Asia/Shanghai: no daylight saving, so a fixed offset is exact. */
const LOCAL = 8 * HOUR;

const PROVIDER_COLUMNS = ['id', 'name', 'credit_code', 'address', 'nature', 'contact_name', 'contact_phone', 'contract_from', 'contract_to', 'capacity', 'rating', 'status', 'created_at', 'updated_at'];
const PROVIDER_AREA_COLUMNS = ['provider_id', 'area_code', 'area_path'];
const PROVIDER_ITEM_COLUMNS = ['provider_id', 'item_code', 'price'];
const ITEM_COLUMNS = ['code', 'name', 'category', 'unit', 'default_price', 'min_price', 'max_price', 'active', 'updated_at'];
const CASE_COLUMNS = ['id', 'case_number', 'service_type_key', 'service_type_version', 'process_instance_key', 'channel', 'elder_id', 'priority', 'status', 'opened_by', 'opened_at', 'due_at', 'closed_at', 'satisfaction', 'cancel_reason', 'area_path'];
const DISPATCH_COLUMNS = ['id', 'dispatch_key', 'case_id', 'service_item', 'area_code', 'area_path', 'provider_id', 'staff_id', 'status', 'note', 'reason', 'created_by', 'created_at', 'updated_at', 'started_at', 'finished_at', 'photo_file_ids', 'proof', 'work_note'];
const LINE_COLUMNS = ['id', 'line_key', 'charge_key', 'month', 'elder_id', 'case_id', 'dispatch_id', 'provider_id', 'staff_id', 'item_code', 'item_name', 'unit', 'quantity', 'unit_price', 'amount', 'subsidy', 'elder_share', 'served_at', 'kind', 'adjusts_line_id', 'reason', 'created_by', 'created_at'];

/** Dispatch statuses with their shares of a provider's orders. */
const STATUS_SHARES: [string, number][] = [['done', 0.55], ['dispatched', 0.1], ['accepted', 0.1], ['started', 0.08], ['rejected', 0.1], ['expired', 0.07]];
/** How often each household-help item is charged. */
const ITEM_WEIGHTS: Record<string, number> = { home_cleaning: 0.35, nanny_care: 0.25, rice_oil_delivery: 0.15, plumbing_repair: 0.1, gas_cylinder: 0.1, lock_service: 0.05 };
/** Elders by subsidy category (seedElders makes them all 'free'): by elder index mod 5. */
const CATEGORIES = ['free', 'free', 'low_pay', 'low_pay', 'paid'];
const SEEDER = 'bench-seed';

export const providerId = (k: number) => orderedId(20, k);
export const elderId = (i: number) => orderedId(5, i);

/** The community seedElders gives elder i (1,000 communities, 100 per district, in code order). */
export function communityOf(i: number): { code: string; path: string; district: number } {
  const k = i % 1000;
  const district = `37${String(Math.floor(k / 100) + 1).padStart(2, '0')}`;
  const street = `${district}${String((Math.floor(k / 10) % 10) + 1).padStart(3, '0')}`;
  const code = `${street}${String((k % 10) + 1).padStart(3, '0')}`;
  return { code, path: `/37/${district}/${street}/${code}/`, district: Math.floor(k / 100) };
}

/**
 * The providers serving elder i: two per district, the elder's main one (most of its lines) and the
 * other one of the district. With fewer than 20 providers, districts share them.
 */
export function providersOf(i: number, providers: number): { main: number; other: number } {
  const base = (communityOf(i).district * 2) % providers;
  const main = (base + (i % 2)) % providers;
  return { main, other: providers > 1 ? (base + 1 - (i % 2) + providers) % providers : main };
}

/** The YYYY-MM before `month`. */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

export interface BillingSeedOptions {
  elders: number;
  linesPerElder: number;
  providers: number;
  dispatchesPerProvider: number;
  /** The billing month of the lines (YYYY-MM), a past one. */
  month: string;
}

export interface BillingSeedResult {
  seconds: number;
  chargeLines: number;
  dispatches: number;
  cases: number;
  linkedLines: number;
}

interface Item {
  code: string;
  name: string;
  category: string;
  unit: string;
  defaultPrice: number;
  minPrice: number;
  maxPrice: number;
}

interface Order {
  dispatchId: string;
  caseId: string;
  provider: number;
  item: string;
  servedAt: number;
}

async function insertAll(dataSource: DataSource, table: string, columns: string[], rows: Row[]): Promise<void> {
  const inserter = await BatchInserter.open(dataSource, table, columns);
  for (const row of rows) await inserter.add(row);
  await inserter.finish();
}

function weighted<T>(rand: () => number, shares: [T, number][]): T {
  let r = rand();
  for (const [value, share] of shares) if ((r -= share) < 0) return value;
  return shares[shares.length - 1][0];
}

/** The month's first instant (UTC ms) and its number of days. */
function monthSpan(month: string): { start: number; days: number } {
  const [year, m] = month.split('-').map(Number);
  return { start: Date.UTC(year, m - 1, 1) - LOCAL, days: new Date(Date.UTC(year, m, 0)).getUTCDate() };
}

/** A moment on a working day's hours (08:00–18:00 local) of the month. */
function serviceTime(rand: () => number, month: { start: number; days: number }): number {
  return month.start + Math.floor(rand() * month.days) * DAY + 8 * HOUR + Math.floor(rand() * 10 * HOUR);
}

/** Elder index of one of the provider's own elders (those it is the main provider of), at random. */
function elderOf(rand: () => number, provider: number, providers: number, elders: number): number {
  for (let tries = 0; tries < 50; tries++) {
    const i = Math.floor(rand() * elders);
    if (providersOf(i, providers).main === provider) return i;
  }
  return Math.floor(rand() * elders);
}

export async function seedBilling(dataSource: DataSource, o: BillingSeedOptions): Promise<BillingSeedResult> {
  const began = performance.now();
  const rand = prng(20261201);
  const now = new Date();
  const month = monthSpan(o.month);

  // Service items: the shipped household-help catalog (the engine's own seeding finds them present).
  const items: Item[] = readSeed('household-help').spec.serviceItems.map((i) => ({ ...i }));
  const known = new Set(((await dataSource.query('SELECT code FROM service_items')) as { code: string }[]).map((r) => r.code));
  await insertAll(dataSource, 'service_items', ITEM_COLUMNS, items.filter((i) => !known.has(i.code)).map((i): Row => [i.code, i.name, i.category, i.unit, i.defaultPrice, i.minPrice, i.maxPrice, 1, now]));
  const itemOf = new Map(items.map((i) => [i.code, i]));
  const itemShares = items.map((i): [Item, number] => [i, ITEM_WEIGHTS[i.code] ?? 0.05]);
  const totalShare = itemShares.reduce((t, [, s]) => t + s, 0);
  itemShares.forEach((s) => (s[1] /= totalShare));

  // Providers, each serving the district of its elders and pricing each item near the default.
  const prices: Map<string, number>[] = [];
  const providerRows: Row[] = [];
  const areaRows: Row[] = [];
  const priceRows: Row[] = [];
  for (let k = 0; k < o.providers; k++) {
    const district = `37${String((Math.floor(k / 2) % 10) + 1).padStart(2, '0')}`;
    providerRows.push([providerId(k), `${district}区${k % 2 === 0 ? '康乐' : '福寿'}居家养老服务中心${k + 1}`, `91370000MA${String(k + 1).padStart(8, '0')}`, `服务路 ${k + 1} 号`, k % 3 === 0 ? 'private_non_enterprise' : 'enterprise', `联系人${k + 1}`, `0531${String(8800000 + k).padStart(8, '0')}`, '2025-01-01', '2027-12-31', 60, 4.5, 'active', now, now]);
    areaRows.push([providerId(k), district, `/37/${district}/`]);
    const own = new Map<string, number>();
    for (const item of items) {
      const price = Math.min(item.maxPrice, Math.max(item.minPrice, Math.round((item.defaultPrice * (0.85 + 0.3 * rand())) / 100) * 100));
      own.set(item.code, price);
      priceRows.push([providerId(k), item.code, price]);
    }
    prices.push(own);
  }
  await insertAll(dataSource, 'providers', PROVIDER_COLUMNS, providerRows);
  await insertAll(dataSource, 'provider_areas', PROVIDER_AREA_COLUMNS, areaRows);
  await insertAll(dataSource, 'provider_items', PROVIDER_ITEM_COLUMNS, priceRows);

  // Orders: a household-help case per dispatch, over the billing month and the one after (the portal's recent work).
  const [cases, dispatches] = await Promise.all([BatchInserter.open(dataSource, 'cases', CASE_COLUMNS), BatchInserter.open(dataSource, 'dispatches', DISPATCH_COLUMNS)]);
  const doneOrders = new Map<number, Order[]>();
  const spanDays = month.days + 30;
  let n = 0;
  for (let k = 0; k < o.providers; k++) {
    for (let j = 0; j < o.dispatchesPerProvider; j++, n++) {
      const i = elderOf(rand, k, o.providers, o.elders);
      const area = communityOf(i);
      const status = weighted(rand, STATUS_SHARES);
      const item = weighted(rand, itemShares);
      const openedAt = month.start + Math.floor(rand() * spanDays * DAY);
      const created = openedAt + 5 * 60_000;
      const done = status === 'done';
      const finishedAt = done ? created + 20 * HOUR + Math.floor(rand() * 24 * HOUR) : null;
      const open = ['dispatched', 'accepted', 'started'].includes(status);
      const caseId = orderedId(23, n);
      const dispatchId = orderedId(22, n);
      const day = new Date(openedAt + LOCAL).toISOString().slice(0, 10).replace(/-/g, '');
      await cases.add([caseId, `GD${day}-${String(n + 1).padStart(6, '0')}`, 'household-help', 1, String(2251799813685248 + n), 'phone', elderId(i), 'normal', open ? 'open' : 'closed', SEEDER, new Date(openedAt), new Date(openedAt + 48 * HOUR), open ? null : new Date(finishedAt ?? created + 2 * HOUR), done ? 'satisfied' : null, null, area.path]);
      await dispatches.add([
        dispatchId, `bench-job-${n}`, caseId, item.code, area.code, area.path, providerId(k), null, status,
        rand() < 0.3 ? '老人腿脚不便，请提前电话联系家属' : null, status === 'rejected' ? '人手不足' : null, SEEDER, new Date(created),
        new Date(finishedAt ?? created + HOUR), done || status === 'started' ? new Date(created + 20 * HOUR) : null, finishedAt === null ? null : new Date(finishedAt),
        done ? JSON.stringify([orderedId(24, n * 2), orderedId(24, n * 2 + 1)]) : null, done ? `AXK${String(i).padStart(8, '0')}` : null, done ? '已完成服务，老人满意' : null,
      ]);
      if (done && finishedAt !== null && finishedAt < month.start + month.days * DAY) {
        const list = doneOrders.get(i) ?? [];
        list.push({ dispatchId, caseId, provider: k, item: item.code, servedAt: finishedAt - HOUR });
        doneOrders.set(i, list);
      }
    }
  }
  await Promise.all([cases.finish(), dispatches.finish()]);

  // Charge lines: a service per line; a done order of the month is charged with its dispatch and case.
  const rules = new Map<string, RuleTerms[]>();
  for (const r of (await dataSource.query('SELECT category, item_code, kind, rule_value FROM subsidy_rules')) as { category: string; item_code: string; kind: 'percent' | 'fixed'; rule_value: number }[]) {
    rules.set(r.category, [...(rules.get(r.category) ?? []), { itemCode: r.item_code, kind: r.kind, value: Number(r.rule_value) }]);
  }
  const caps = new Map(((await dataSource.query('SELECT category, monthly_cap FROM subsidy_caps')) as { category: string; monthly_cap: number | null }[]).map((c) => [c.category, c.monthly_cap === null ? null : Number(c.monthly_cap)]));
  const lines = await BatchInserter.open(dataSource, 'charge_lines', LINE_COLUMNS);
  const recategorized = new Map<string, string[]>();
  let lineCount = 0;
  let linked = 0;
  const mainShare = Math.ceil(o.linesPerElder * 0.75);
  for (let i = 0; i < o.elders; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    if (category !== 'free') recategorized.set(category, [...(recategorized.get(category) ?? []), elderId(i)]);
    const { main, other } = providersOf(i, o.providers);
    const orders = doneOrders.get(i) ?? [];
    const services = Array.from({ length: o.linesPerElder }, (_, s) => {
      const provider = s < mainShare ? main : other;
      const order = orders.findIndex((d) => d.provider === provider);
      const taken = order >= 0 ? orders.splice(order, 1)[0] : undefined;
      const item = itemOf.get(taken?.item ?? '') ?? weighted(rand, itemShares);
      const quantity = item.unit === '小时' ? 1 + Math.floor(rand() * 4) : item.code === 'gas_cylinder' && rand() < 0.2 ? 2 : 1;
      return { provider, item, quantity, order: taken, servedAt: taken?.servedAt ?? serviceTime(rand, month) };
    }).sort((a, b) => a.servedAt - b.servedAt);
    const priced = priceLines(
      services.map((s) => ({ code: s.item.code, name: s.item.name, unit: s.item.unit, quantity: s.quantity, unitPrice: prices[s.provider].get(s.item.code) ?? s.item.defaultPrice })),
      rules.get(category) ?? [],
      caps.get(category) ?? null,
      0,
    );
    for (let s = 0; s < services.length; s++) {
      const { provider, order, servedAt } = services[s];
      const line = priced[s];
      const chargeKey = order ? `dispatch:${order.dispatchId}` : `bench-charge:${i}:${s}`;
      if (order) linked++;
      await lines.add([
        orderedId(21, lineCount++), `${chargeKey}:0`, chargeKey, o.month, elderId(i), order?.caseId ?? null, order?.dispatchId ?? null, providerId(provider), null,
        line.code, line.name, line.unit, line.quantity, line.unitPrice, line.amount, line.subsidy, line.elderShare, new Date(servedAt), 'charge', null, null, SEEDER, new Date(servedAt + 2 * HOUR),
      ]);
    }
  }
  await lines.finish();
  for (const [category, ids] of recategorized) {
    for (let b = 0; b < ids.length; b += 2000) await dataSource.query(`UPDATE elders SET subsidy_category = ? WHERE id IN (${ids.slice(b, b + 2000).map(() => '?').join(',')})`, [category, ...ids.slice(b, b + 2000)]);
  }
  return { seconds: (performance.now() - began) / 1000, chargeLines: lineCount, dispatches: n, cases: n, linkedLines: linked };
}
