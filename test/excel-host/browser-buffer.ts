// What session.ts asks of Node's Buffer (the UTF-8 size of the JSON it measures against the 5 MB limit),
// for pages: the demo's webpack config provides this module as `Buffer` (ProvidePlugin), so the browser
// runs the very same session code as the Node harness.
const encoder = new TextEncoder();

export const Buffer = {
  byteLength(text: string, _encoding?: "utf8"): number {
    return encoder.encode(text).length;
  },
};
