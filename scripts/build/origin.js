/**
 * Where the add-in is served from. Development always uses https://localhost:3000; a production
 * build rewrites that origin in the manifest and functions.json to SOVAI_PROD_ORIGIN.
 */
const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PROD_ORIGIN = "https://sovai-addin.example.com";

/**
 * The production origin from the environment, checked: HTTPS, no query or fragment, no trailing slash.
 * @example prodOrigin({ SOVAI_PROD_ORIGIN: "https://addins.contoso.com/sovai/" }) // "https://addins.contoso.com/sovai"
 */
function prodOrigin(env = process.env) {
  const raw = (env.SOVAI_PROD_ORIGIN || DEFAULT_PROD_ORIGIN).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SOVAI_PROD_ORIGIN is not a URL: "${raw}"`);
  }
  if (url.protocol !== "https:")
    throw new Error(`SOVAI_PROD_ORIGIN must use https: (Office requires it); got "${raw}"`);
  if (url.search || url.hash)
    throw new Error(`SOVAI_PROD_ORIGIN must not carry a query or fragment; got "${raw}"`);
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error("SOVAI_PROD_ORIGIN must not be localhost; use npm start for local serving");
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** Replaces every occurrence of the development origin. */
function rewriteOrigin(text, origin) {
  return text.split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, DEFAULT_PROD_ORIGIN, prodOrigin, rewriteOrigin };
