/**
 * The Content-Security-Policy of every page. Nothing inline runs and nothing
 * is loaded from another host; Pagefind needs to compile its WebAssembly
 * ('wasm-unsafe-eval') and to fetch its index files. Served as a <meta> tag so
 * it also holds in the offline copy; docs/deploy.md repeats it as a header,
 * with frame-ancestors, which a <meta> tag cannot carry.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The policy of the offline copy. Opened from disk, pages have no origin that
 * 'self' could match in every browser, so local files (file:) are allowed;
 * served from a plain web server, 'self' applies. There is nothing to fetch.
 */
export const OFFLINE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' file: 'wasm-unsafe-eval'",
  "style-src 'self' file:",
  "img-src 'self' file: data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self' file:",
].join('; ');
