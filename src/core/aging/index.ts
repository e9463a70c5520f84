// Lettrage and aging: the public entry points (design.md §5).
export { makeBuckets, bucketIndex } from "./buckets";
export { ageLedger, agePrepared, agingOptions } from "./age";
export { prepareLettrage, type PreparedLettrage } from "./prepare";
export { letterAt, type Lettering, type LetterOptions } from "./lettrage";
export { agingTotals, type AgingTotals } from "./totals";
export * from "./types";
