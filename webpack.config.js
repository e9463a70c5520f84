// Builds the two pages manifest.xml points to: taskpane.html and commands.html (the ribbon's function file).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy, OFFICE_JS_CDN } = require("./csp.config");

const OFFICE_JS = `${OFFICE_JS_CDN}/lib/1/hosted/office.js`;
const CSP = contentSecurityPolicy();

module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  let https;
  if (dev && argv.env && argv.env.WEBPACK_SERVE) {
    // Trusted localhost certificates for sideloading in Excel (people who have Excel).
    const devCerts = require("office-addin-dev-certs");
    https = await devCerts.getHttpsServerOptions();
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      auth: "./src/mail/auth-page.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // ES modules for webpack (tsconfig says CommonJS for Node): tree shaking of Fluent UI, and import() kept as a
      // split point (the taskpane's template editor is its own chunk).
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], officeJs: OFFICE_JS, csp: CSP }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], officeJs: OFFICE_JS, csp: CSP }),
      // Sign-in dialog page (a SPA redirect URI of the Entra app; see README, "Connexion à Outlook").
      new HtmlWebpackPlugin({ filename: "auth.html", template: "./src/mail/auth.html", chunks: ["auth"], officeJs: OFFICE_JS, csp: CSP }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, { from: "manifest.xml", to: "manifest.xml" }, { from: "src/help/help.html", to: "help.html" }] }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
    },
  };
};
