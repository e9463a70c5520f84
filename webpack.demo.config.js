// Builds the demo (npm run demo -- --serve, the browser tests, the screenshots): index.html (the workbook view
// and the taskpane frame) and pane.html (Microsoft's office.js, the page's Office wiring, then the taskpane's own
// entry, src/taskpane/index.tsx, unchanged). office.js is not bundled nor copied: pane.html loads it from
// office-js/, which the demo server answers from node_modules/@microsoft/office-js/dist. The sample workbook
// (examples/cabinet-exemple.xlsx) becomes the host's seed here, at build time, and is bundled.
//
//   npx webpack --config webpack.demo.config.js [--env out=DIR] [--mode development] [--env sourcemaps]
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy } = require("./csp.config");

const CACHE = path.resolve(__dirname, "node_modules", ".cache", "encours-demo");
const OFFICE_JS = "office-js/excel-web-16.00.debug.js";

module.exports = async (env = {}, argv = {}) => {
  // Production by default: without tree shaking Fluent UI alone weighs tens of megabytes.
  const production = argv.mode !== "development";
  const out = path.resolve(env.out || path.join(CACHE, "site"));
  const seedFile = path.join(CACHE, "seed.json");
  const { require: tsxRequire } = require("tsx/cjs/api");
  await tsxRequire("./demo/build-seed.ts", __filename).writeDemoSeed(seedFile);
  return {
    mode: production ? "production" : "development",
    devtool: env.sourcemaps ? "source-map" : false,
    entry: {
      demo: "./demo/page.ts",
      paneShim: "./demo/pane-shim.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: out, filename: "[name].[contenthash:8].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { "encours-demo-seed$": seedFile },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } },
        { test: /[\\/]test[\\/]excel-host[\\/]session\.ts$/, use: path.resolve(__dirname, "demo", "buffer-loader.js") },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./demo/index.html", chunks: ["demo"] }),
      new HtmlWebpackPlugin({
        filename: "pane.html", template: "./demo/pane.html", chunks: ["paneShim", "taskpane"], chunksSortMode: "manual", officeJs: OFFICE_JS,
        // The add-in's own policy, office.js served from this origin: the browser tests run the pane under it.
        csp: contentSecurityPolicy({ officeJs: "'self'" }),
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "demo/demo.css", to: "demo.css" }] }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
