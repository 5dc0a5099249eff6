// AR Quick Look (iPhone, iPad and Vision Pro, which have no WebXR): opening a cell's USDZ from a `rel="ar"` link,
// and hearing from Quick Look when its call-to-action banner is tapped.

/** What Safari posts to the `rel="ar"` link when the visitor taps Quick Look's call-to-action banner. */
export const BANNER_TAPPED = '_apple_ar_quicklook_button_tapped'

/**
 * Whether this browser opens `rel="ar"` links in AR Quick Look: Safari on iOS, iPadOS and visionOS.
 * @example supportsQuickLook() // false in Chrome, Firefox and desktop Safari
 */
export function supportsQuickLook(doc: Document = document): boolean {
  try {
    return doc.createElement('a').relList.supports('ar')
  } catch {
    return false
  }
}

/** The banner Quick Look shows over the cell: its title and subtitle, and the button's words. */
export interface QuickLookBanner {
  callToAction: string
  title: string
  subtitle: string
}

/**
 * The address a `rel="ar"` link opens: the USDZ, life size only (no pinch to scale), with the banner in the
 * visitor's language. Quick Look reads these from the fragment, so they never reach the server.
 * @example quickLookHref('/models/sizo-cell.usdz', { callToAction: 'Take action', title: 'Cell', subtitle: '…' })
 */
export function quickLookHref(usdz: string, banner: QuickLookBanner): string {
  const fragment = [
    ['callToActionText', banner.callToAction],
    ['checkoutTitle', banner.title],
    ['checkoutSubtitle', banner.subtitle],
    ['allowsContentScaling', '0'],
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`)
    .join('&')
  return `${usdz}#${fragment}`
}

/**
 * Calls `onTap` each time the visitor taps the banner of the Quick Look this link opened; returns the removal.
 * @example useEffect(() => onBannerTapped(link, () => setActionsOpen(true)), [])
 */
export function onBannerTapped(link: HTMLAnchorElement, onTap: () => void): () => void {
  const listener = (event: Event) => {
    if ((event as MessageEvent).data === BANNER_TAPPED) onTap()
  }
  link.addEventListener('message', listener)
  return () => link.removeEventListener('message', listener)
}
