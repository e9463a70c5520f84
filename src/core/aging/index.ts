// Lettrage and aging: the public entry points (design.md §5).
export { makeBuckets, bucketIndex } from "./buckets";
export { ageLedger, agingOptions } from "./age";
export * from "./types";
