// Webpack loader for the demo page: gives test/excel-host/session.ts the browser stand-in of the one Buffer
// function it uses (browser-buffer.ts), without a global Buffer that other libraries would take for Node's.
module.exports = function provideBuffer(source) {
  return `import { Buffer } from "./browser-buffer";\n${source}`;
};
