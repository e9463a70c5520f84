// Aging buckets (design.md §5 rule 6): "non échu" first, then one bucket per bound, then the open-ended rest.
import type { Bucket } from "./types";

/**
 * Buckets from the upper bounds of the overdue ranges: [30, 60, 90] → Non échu, 1–30 j, 31–60 j, 61–90 j, > 90 j.
 * Bounds must be strictly increasing positive integers (callers validate user settings first); anything else
 * is a programming error and throws a RangeError. No bounds at all gives Non échu and Échu.
 */
export function makeBuckets(bounds: readonly number[]): Bucket[] {
  let previous = 0;
  for (const bound of bounds) {
    if (!Number.isSafeInteger(bound) || bound <= previous) {
      throw new RangeError(`Bucket bounds must be strictly increasing positive integers: [${bounds.join(", ")}]`);
    }
    previous = bound;
  }
  const buckets: Bucket[] = [{ label: "Non échu", minDays: null, maxDays: 0 }];
  let lower = 1;
  for (const bound of bounds) {
    buckets.push({ label: lower === bound ? `${bound} j` : `${lower}–${bound} j`, minDays: lower, maxDays: bound });
    lower = bound + 1;
  }
  const last = bounds[bounds.length - 1];
  buckets.push({ label: last === undefined ? "Échu" : `> ${last} j`, minDays: lower, maxDays: null });
  return buckets;
}

/** Index of the bucket holding `daysOverdue` (≤ 0 is non échu, index 0). */
export function bucketIndex(daysOverdue: number, buckets: Bucket[]): number {
  for (let i = 0; i < buckets.length; i++) {
    const max = (buckets[i] as Bucket).maxDays;
    if (max === null || daysOverdue <= max) return i;
  }
  return buckets.length - 1;
}

/**
 * bucketIndex as a function of the day count alone, reading the bounds as plain numbers: the same answer without
 * reading the bucket objects for each of a hundred thousand lines.
 */
export function bucketFinder(buckets: readonly Bucket[]): (days: number) => number {
  const bounds = buckets.map((b) => (b.maxDays === null ? Infinity : b.maxDays));
  const last = bounds.length - 1;
  return (days) => {
    let b = 0;
    while (b < last && days > (bounds[b] as number)) b++;
    return b;
  };
}
