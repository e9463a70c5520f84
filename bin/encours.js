#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so no build step is needed after `npm ci`.
require("tsx/cjs");
require("../src/cli/main.ts");
