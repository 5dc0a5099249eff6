import { describe, expect, it, vi } from 'vitest'
import { BANNER_TAPPED, onBannerTapped, quickLookHref, supportsQuickLook } from '../../src/quick-look/quick-look'

/** A document whose links say whether they support `rel="ar"` (or throw, as an old browser's `supports` may). */
const documentWhere = (supports: (token: string) => boolean) =>
  ({ createElement: () => ({ relList: { supports } }) }) as unknown as Document

describe('the AR Quick Look link', () => {
  it('is offered only where links support rel="ar"', () => {
    expect(supportsQuickLook(documentWhere((token) => token === 'ar'))).toBe(true)
    expect(supportsQuickLook(documentWhere(() => false))).toBe(false)
    expect(
      supportsQuickLook(
        documentWhere(() => {
          throw new TypeError('relList.supports is not a function')
        }),
      ),
    ).toBe(false)
  })

  it('opens the USDZ life size, with the banner in the visitor’s words, all in the fragment', () => {
    const href = quickLookHref('/models/sizo-cell.usdz', {
      callToAction: 'Дійте',
      title: 'Камера СІЗО & коридор',
      subtitle: 'Tap a glowing marker to hear a testimony.',
    })
    const [path, fragment = ''] = href.split('#')
    expect(path).toBe('/models/sizo-cell.usdz')
    expect(fragment).not.toMatch(/[+ ]/)
    const params = new URLSearchParams(fragment)
    expect(params.get('callToActionText')).toBe('Дійте')
    expect(params.get('checkoutTitle')).toBe('Камера СІЗО & коридор')
    expect(params.get('checkoutSubtitle')).toBe('Tap a glowing marker to hear a testimony.')
    expect(params.get('allowsContentScaling')).toBe('0')
  })

  it("hears the banner's tap from Safari's message on the link, and nothing else; the listener can be removed", () => {
    const link = new EventTarget() as HTMLAnchorElement
    const tapped = vi.fn()
    const remove = onBannerTapped(link, tapped)
    link.dispatchEvent(new MessageEvent('message', { data: 'something else' }))
    expect(tapped).not.toHaveBeenCalled()
    link.dispatchEvent(new MessageEvent('message', { data: BANNER_TAPPED }))
    expect(tapped).toHaveBeenCalledOnce()
    remove()
    link.dispatchEvent(new MessageEvent('message', { data: BANNER_TAPPED }))
    expect(tapped).toHaveBeenCalledOnce()
  })
})
