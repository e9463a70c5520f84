// Collection Effectiveness Index (CEI) for the month ending at the as-of date.
import type { Cents } from "../money/cents";
import { share, type Share } from "./share";

export interface Cei {
  /**
   * CEI = (encours at the start of the month + the month's invoices − encours at the end)
   *     / (encours at the start of the month + the month's invoices − non-échu encours at the end) × 100.
   * What was collectable in the month against what was collected. 100 % = everything collectable came in.
   * Value in basis points (bp); null when the denominator is ≤ 0 (nothing was collectable).
   */
  value: Share;
  /** Encours at the day before the month starts (the previous boundary). */
  begin: Cents;
  sales: Cents;
  endTotal: Cents;
  endCurrent: Cents;
}

export function collectionEffectiveness(begin: Cents, sales: Cents, endTotal: Cents, endCurrent: Cents): Cei {
  const collected = begin + sales - endTotal;
  const collectable = begin + sales - endCurrent;
  const value = collectable > 0 ? share(collected, collectable) : { part: collected, whole: collectable, bp: null };
  return { value, begin, sales, endTotal, endCurrent };
}
