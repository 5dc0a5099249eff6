// The site's HTTP headers, in one place: the page's <meta> CSP (build/content-security-policy.ts), the static hosts' `_headers` file
// written into the build, and nginx's `deploy/nginx/security-headers.conf` (checked against this by a unit test).

/** Nothing but the site's own origin. */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  // The meshopt and Basis decoders compile WebAssembly; 'wasm-unsafe-eval' allows exactly that, not JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Styles come from the site's own files; the app sets element styles through the CSSOM, which CSP allows.
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** As a <meta> tag, where `frame-ancestors` is ignored: the HTTP header carries it. */
export const META_CSP = CSP_DIRECTIVES.join('; ')

/**
 * The security headers every answer carries.
 * @type {Record<string, string>}
 */
export const SECURITY_HEADERS = {
  // No other site may frame this one: the petition link would be clickjackable.
  'Content-Security-Policy': [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; '),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Visitors may be at risk: the sites they go on to learn nothing of where they came from.
  'Referrer-Policy': 'no-referrer',
  // Headsets need xr-spatial-tracking; phones the motion sensors for "look by turning the phone"; nothing else.
  'Permissions-Policy':
    'xr-spatial-tracking=(self), accelerometer=(self), gyroscope=(self), magnetometer=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Hashed build files never change; the page and the service worker must be fetched afresh to see a new version. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
const CACHE_NONE = 'no-cache'

/**
 * Types some servers do not know, so browsers neither guess nor refuse them: by file extension.
 * @type {Record<string, string>}
 */
export const MIME_TYPES = {
  opus: 'audio/ogg',
  webm: 'audio/webm',
  m4a: 'audio/mp4',
  vtt: 'text/vtt',
  glb: 'model/gltf-binary',
  ktx2: 'image/ktx2',
  usdz: 'model/vnd.usdz+zip',
  webmanifest: 'application/manifest+json',
  wasm: 'application/wasm',
}

/**
 * Types nginx compresses on the way (`gzip_types` in deploy/nginx/prisonersvoice.conf, checked by a unit test), at
 * its default level, 1. A USDZ is among them: its layer is text, stored uncompressed inside the ZIP, and the browser
 * takes the gzip off before Quick Look sees the file (docs/architecture.md: AR Quick Look).
 */
export const GZIP_TYPES = [
  'application/javascript',
  'text/css',
  'application/json',
  'text/vtt',
  'model/gltf-binary',
  'model/vnd.usdz+zip',
  'image/svg+xml',
  'application/wasm',
]
export const GZIP_LEVEL = 1

/**
 * Netlify / Cloudflare Pages `_headers`: the same headers, and caching by path.
 * @returns {string}
 */
export function headersFile() {
  const all = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)
  return [
    '/*',
    ...all,
    '/assets/*',
    `  Cache-Control: ${CACHE_IMMUTABLE}`,
    '/index.html',
    `  Cache-Control: ${CACHE_NONE}`,
    '/sw.js',
    `  Cache-Control: ${CACHE_NONE}`,
    '',
  ].join('\n')
}

/**
 * nginx `add_header` lines for the same headers (`always`: errors carry them too).
 * @returns {string}
 */
export function nginxSecurityHeaders() {
  return [
    '# Written from deploy/headers.mjs (node deploy/headers.mjs > deploy/nginx/security-headers.conf).',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `add_header ${k} "${v}" always;`),
    '',
  ].join('\n')
}

/**
 * nginx `types` entries for the files above.
 * @returns {string}
 */
export function nginxTypes() {
  return [
    '# Written from deploy/headers.mjs (node deploy/headers.mjs --types > deploy/nginx/types.conf).',
    'types {',
    ...Object.entries(MIME_TYPES).map(([ext, type]) => `    ${type} ${ext};`),
    '}',
    '',
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(process.argv.includes('--types') ? nginxTypes() : nginxSecurityHeaders())
