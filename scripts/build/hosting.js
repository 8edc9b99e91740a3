/**
 * The HTTP headers Excel needs from whatever serves dist/: the one home of these rules, used by
 * `npm run serve:dist`, documented in docs/deploy.md (a test checks the two agree).
 *
 * - Excel on the web fetches functions.json or its ko-KR twin (and, in some hosts, functions.js) from its own
 *   origin, so both need CORS, or the custom functions never register.
 * - Excel caches function metadata for up to a day unless the manifest's <Version> changes;
 *   the manifest and metadata are served with short caching so a new version is seen at once.
 * - File names carry no content hash, so scripts and pages are revalidated on each load;
 *   icons change rarely and are cached long.
 */
const SHORT = "no-cache";
const LONG = "public, max-age=2592000";

/** Rules in order; the first whose pattern matches the path applies. */
const RULES = [
  {
    pattern: /^\/functions\.json$/,
    type: "application/json; charset=utf-8",
    cors: true,
    cache: SHORT,
  },
  {
    pattern: /^\/functions\.ko-KR\.json$/,
    type: "application/json; charset=utf-8",
    cors: true,
    cache: SHORT,
  },
  {
    pattern: /^\/functions\.js$/,
    type: "text/javascript; charset=utf-8",
    cors: true,
    cache: SHORT,
  },
  {
    pattern: /^\/manifest\.xml$/,
    type: "application/xml; charset=utf-8",
    cors: false,
    cache: SHORT,
  },
  { pattern: /\.html$/, type: "text/html; charset=utf-8", cors: false, cache: SHORT },
  { pattern: /\.js$/, type: "text/javascript; charset=utf-8", cors: false, cache: SHORT },
  { pattern: /\.css$/, type: "text/css; charset=utf-8", cors: false, cache: SHORT },
  { pattern: /\.map$/, type: "application/json; charset=utf-8", cors: false, cache: SHORT },
  { pattern: /^\/assets\/.*\.png$/, type: "image/png", cors: false, cache: LONG },
];

/**
 * The headers for a request path, or null for a file that should not be served.
 * @example headersFor("/functions.json")["Access-Control-Allow-Origin"] // "*"
 */
function headersFor(pathname) {
  const rule = RULES.find((r) => r.pattern.test(pathname));
  if (!rule) return null;
  return {
    "Content-Type": rule.type,
    "Cache-Control": rule.cache,
    "X-Content-Type-Options": "nosniff",
    ...(rule.cors ? { "Access-Control-Allow-Origin": "*" } : {}),
  };
}

module.exports = { RULES, headersFor, SHORT, LONG };
