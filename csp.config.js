// The Content-Security-Policy of every page the add-in serves (taskpane.html, commands.html, auth.html), written
// into each page as a <meta http-equiv> before any script, by webpack.config.js; the demo's pane.html carries the
// same policy with office.js served from its own origin (webpack.demo.config.js), so the browser tests run the
// real taskpane under it. Tested in test/security/ (the built pages) and test/browser/ (no violation in Chromium).
//
// What each source is for:
// - scripts: our own bundles and Microsoft's office.js CDN, which loads the host's script (excel-web-16.00.js,
//   excel-win32-16.01.js…) and its strings from the same origin. No inline script, no eval: neither is listed.
// - styles: Fluent UI (Griffel) inserts its rules in <style> elements at run time, and Microsoft's excel-web
//   script sets inline styles; a static page cannot hand them a nonce, so styles, and only styles, allow inline.
// - connections: the Microsoft identity platform (MSAL's discovery and token requests) and Microsoft Graph
//   (the Outlook drafts). Office's telemetry endpoints are not listed: office.js goes on without them.
// - frames: MSAL's silent renewal in a hidden frame of the sign-in page. The sign-in dialog itself is a
//   navigation, which this policy does not govern.
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com";
const SIGN_IN = "https://login.microsoftonline.com";
const GRAPH = "https://graph.microsoft.com";

/**
 * The policy as the content of a <meta http-equiv="Content-Security-Policy">.
 * `officeJs`: where office.js comes from ("'self'" for the demo, which serves it from node_modules).
 */
function contentSecurityPolicy({ officeJs = OFFICE_JS_CDN } = {}) {
  const scripts = officeJs === "'self'" ? ["'self'"] : ["'self'", officeJs];
  const directives = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", SIGN_IN, GRAPH],
    ["frame-src", "'self'", SIGN_IN],
    ["worker-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

module.exports = { contentSecurityPolicy, OFFICE_JS_CDN, SIGN_IN, GRAPH };
