// Exact shares and means: integer numerators and denominators, one division at the very end.
// Percentages travel as basis points (1 % = 100 bp) so that no float is ever summed; display rounds later.

/** An exact share part / whole (both integers, e.g. cents) and its value in basis points. */
export interface Share {
  part: number;
  whole: number;
  /** part / whole × 10 000, rounded half away from zero; null when whole is 0. */
  bp: number | null;
}

/** round(numerator / denominator), half away from zero, exact on integers of any size (BigInt). */
export function roundDiv(numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError("roundDiv by zero");
  return Number(roundBig(BigInt(numerator), BigInt(denominator)));
}

export function share(part: number, whole: number): Share {
  return { part, whole, bp: whole === 0 ? null : Number(roundBig(BigInt(part) * 10000n, BigInt(whole))) };
}

function roundBig(n: bigint, d: bigint): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (2n * abs + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Basis points of each part of `whole` (= Σ parts), by the largest-remainder method so that they add up to
 * exactly 10 000 bp: floor every exact share, then give the missing basis points to the largest remainders
 * (ties: the earlier part). Parts may be negative (an unapplied credit); null when whole is 0.
 */
export function basisPointsSummingTo100(parts: readonly number[]): number[] | null {
  let total = 0n;
  for (const p of parts) total += BigInt(p);
  if (total === 0n) return null;
  const sign = total < 0n ? -1n : 1n;
  const whole = total * sign;
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let sum = 0n;
  for (const p of parts) {
    const scaled = BigInt(p) * sign * 10000n;
    // Floor division toward −∞ for negative parts too.
    let q = scaled / whole;
    let r = scaled - q * whole;
    if (r < 0n) {
      q -= 1n;
      r += whole;
    }
    floors.push(q);
    remainders.push(r);
    sum += q;
  }
  let missing = 10000n - sum;
  const order = parts.map((_, i) => i).sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (const i of order) {
    if (missing <= 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    missing -= 1n;
  }
  return floors.map(Number);
}

/** An amount-weighted mean kept as integer sums: Σ weight × value and Σ weight. */
export interface WeightedMean {
  /** Σ weight × value (days × cents). */
  sum: number;
  /** Σ weight (cents). */
  weight: number;
  /** Number of items in the mean. */
  count: number;
}

export function emptyMean(): WeightedMean {
  return { sum: 0, weight: 0, count: 0 };
}

export function addToMean(mean: WeightedMean, value: number, weight: number): void {
  mean.sum += value * weight;
  mean.weight += weight;
  mean.count += 1;
}

/** The mean in days (one division), or null when nothing was weighed. */
export function meanValue(mean: WeightedMean): number | null {
  return mean.weight === 0 ? null : mean.sum / mean.weight;
}

/** The mean rounded to a whole number of days, half away from zero; null when empty. */
export function meanRounded(mean: WeightedMean): number | null {
  return mean.weight === 0 ? null : roundDiv(mean.sum, mean.weight);
}
