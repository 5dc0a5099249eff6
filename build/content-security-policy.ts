import type { Plugin } from 'vite'
import { headersFile, META_CSP } from '../deploy/headers.mjs'

/**
 * The production page runs under a strict Content-Security-Policy: nothing but its own origin (deploy/headers.mjs).
 * The <meta> tag holds wherever the page is served; `_headers` gives static hosts the full HTTP headers.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
      )
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}
