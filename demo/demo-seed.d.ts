// The sample workbook as the host's seed, written at build time by demo/build-seed.ts and bundled by
// webpack.demo.config.js (resolve.alias).
declare module "encours-demo-seed" {
  const seed: import("../test/excel-host/browser-host").WorkbookSeed;
  export default seed;
}
