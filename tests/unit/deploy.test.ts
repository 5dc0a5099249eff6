import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  GZIP_LEVEL,
  GZIP_TYPES,
  META_CSP,
  nginxSecurityHeaders,
  nginxTypes,
  SECURITY_HEADERS,
} from '../../deploy/headers.mjs'

describe('the deployment configuration', () => {
  it("nginx's header and type files say what deploy/headers.mjs says (regenerate them after a change)", () => {
    expect(readFileSync('deploy/nginx/security-headers.conf', 'utf8')).toBe(nginxSecurityHeaders())
    expect(readFileSync('deploy/nginx/types.conf', 'utf8')).toBe(nginxTypes())
  })

  it('nginx compresses the types the content report counts as compressed, at the level it counts with', () => {
    const site = readFileSync('deploy/nginx/prisonersvoice.conf', 'utf8')
    const listed = site.match(/^\s*gzip_types ([^;]+);/m)?.[1].split(/\s+/)
    expect(listed).toEqual(GZIP_TYPES)
    // nginx's default level is 1; a site that sets another must tell the report
    expect(site.match(/^\s*gzip_comp_level (\d+);/m)?.[1] ?? '1').toBe(String(GZIP_LEVEL))
  })

  it('the page and the header forbid everything but the site, and the header forbids framing', () => {
    expect(META_CSP).toContain("default-src 'self'")
    expect(META_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https:/)
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${META_CSP}; frame-ancestors 'none'`)
  })
})
