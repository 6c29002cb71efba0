import { localTimeOf } from '../../local-time';

/** What the choice of a provider looks at, for one provider that offers the item in the area. */
export interface Candidate {
  id: string;
  name: string;
  status: string;
  /** YYYY-MM-DD, both ends included. */
  contractFrom: string;
  contractTo: string;
  capacity: number;
  rating: number | null;
  openOrders: number;
  offersItem: boolean;
  servesArea: boolean;
}

/** The rating a provider without evaluations ranks by: 基本满意 on the five-level scale. */
const UNRATED = 3;

/** Why a provider cannot take an order now; null when it can. */
export function unfitReason(c: Candidate, today: string): string | null {
  if (!c.offersItem) return 'does not offer this service item';
  if (!c.servesArea) return 'does not serve this area';
  if (c.status !== 'active') return `is ${c.status}`;
  if (today < c.contractFrom || today > c.contractTo) return `has no contract on ${today}`;
  if (c.openOrders >= c.capacity) return `is at capacity (${c.openOrders}/${c.capacity} open orders)`;
  return null;
}

/**
 * The provider an order goes to: among those fit to take it, the best rated, then the one with the
 * fewest open orders, then by name and id so the choice is stable. A provider not yet evaluated
 * counts as neutral (3.0): ahead of one its complaints pulled down, behind one its elders praise.
 */
export function chooseProvider(candidates: Candidate[], today: string): Candidate | null {
  const fit = candidates.filter((c) => unfitReason(c, today) === null);
  fit.sort((a, b) => (b.rating ?? UNRATED) - (a.rating ?? UNRATED) || a.openOrders - b.openOrders || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return fit[0] ?? null;
}

/** Today's date (YYYY-MM-DD) in the bureau's time zone. */
export function dateIn(timeZone: string, at = new Date()): string {
  return localTimeOf(at, timeZone).date;
}
