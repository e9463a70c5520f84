// Sheet plans: what an output sheet should look like, applied by src/excel and src/xlsx.
export * from "./types";
export * from "./address";
export * from "./text-guard";
export * from "./cells";
export * from "./check";
export * from "./markers";
