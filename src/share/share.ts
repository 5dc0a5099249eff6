/** What a visitor passes on: the address, and a line of text in their language. */
export interface SharedLink {
  url: string
  title: string
  text: string
}

/** How passing a link on ended: the system share sheet took it, it was copied, the visitor cancelled, or neither. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'unavailable'

/** The parts of `navigator` sharing uses (Firefox desktop and some kiosks have no `share`). */
export type ShareNavigator = Partial<Pick<Navigator, 'share' | 'canShare' | 'clipboard'>>

/**
 * Passes a link on the way the device offers: the system share sheet where there is one, else the clipboard; where
 * neither works, `unavailable` (the caller shows the link to copy by hand).
 * @example await shareLink({ url, title: 'Pre-trial detention cell', text: '… #PrisonersVoice' }, navigator)
 */
export async function shareLink(link: SharedLink, nav: ShareNavigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(link))) {
    try {
      await nav.share(link)
      return 'shared'
    } catch (e) {
      // The visitor closed the sheet: nothing more to do. Any other refusal falls through to copying.
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled'
    }
  }
  try {
    if (!nav.clipboard) return 'unavailable'
    await nav.clipboard.writeText(link.url)
    return 'copied'
  } catch {
    return 'unavailable'
  }
}
