import { describe, expect, it } from 'vitest'
import { framedByAnotherSite } from '../../src/app/framing'

const SITE = 'https://prisonersvoice.example'

/** A window as the page sees it: readable where `origin` is the site's own, throwing on `href` elsewhere. */
function frame(origin: string, parent: Window | null, ancestorOrigins?: string[]): Window {
  const location = {
    origin,
    get href() {
      if (origin !== SITE) throw new DOMException('Blocked a frame with origin', 'SecurityError')
      return `${origin}/`
    },
    ancestorOrigins: ancestorOrigins && {
      length: ancestorOrigins.length,
      item: (i: number) => ancestorOrigins[i] ?? null,
      contains: (o: string) => ancestorOrigins.includes(o),
    },
  }
  const win: { location: unknown; self?: unknown; parent?: unknown; top?: unknown } = { location }
  win.self = win
  win.parent = parent ?? win
  win.top = parent ? parent.top : win
  return win as unknown as Window
}

describe('a page in a frame', () => {
  it('runs where it is the top window, or framed by its own site all the way up', () => {
    const top = frame(SITE, null)
    expect(framedByAnotherSite(top)).toBe(false)
    expect(framedByAnotherSite(frame(SITE, top, [SITE]))).toBe(false)
    // Without ancestorOrigins (Firefox): each window above is read
    expect(framedByAnotherSite(frame(SITE, frame(SITE, top)))).toBe(false)
  })

  it('refuses where another site frames it, directly or with its own site on top', () => {
    const evil = frame('https://evil.example', null)
    expect(framedByAnotherSite(frame(SITE, evil, ['https://evil.example']))).toBe(true)
    expect(framedByAnotherSite(frame(SITE, evil))).toBe(true)
    // The site's own page on top, another site's frame in between
    const top = frame(SITE, null)
    const middle = frame('https://evil.example', top, [SITE])
    expect(framedByAnotherSite(frame(SITE, middle, ['https://evil.example', SITE]))).toBe(true)
    expect(framedByAnotherSite(frame(SITE, middle))).toBe(true)
    // A sandboxed frame: its own origin is opaque
    expect(framedByAnotherSite(frame('null', frame(SITE, null), [SITE]))).toBe(true)
  })
})
