import { describe, expect, it, vi } from 'vitest'
import { shareLink, type ShareNavigator } from '../../src/share/share'

const link = { url: 'https://example.org/cells/sizo-cell/', title: 'Cell', text: 'Hear it. #PrisonersVoice' }

describe('passing a link on', () => {
  it('opens the system share sheet with the link and its text where there is one', async () => {
    const share = vi.fn(() => Promise.resolve())
    await expect(shareLink(link, { share, canShare: () => true })).resolves.toBe('shared')
    expect(share).toHaveBeenCalledWith(link)
  })

  it('copies the link where there is no share sheet (Firefox desktop, kiosks)', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    const nav = { clipboard: { writeText } } as unknown as ShareNavigator
    await expect(shareLink(link, nav)).resolves.toBe('copied')
    expect(writeText).toHaveBeenCalledWith(link.url)
  })

  it('does nothing more when the visitor closes the sheet, and copies when the sheet is refused', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    const cancelled = {
      share: () => Promise.reject(new DOMException('closed', 'AbortError')),
      clipboard: { writeText },
    }
    await expect(shareLink(link, cancelled as unknown as ShareNavigator)).resolves.toBe('cancelled')
    expect(writeText).not.toHaveBeenCalled()
    const refused = { share: () => Promise.reject(new DOMException('no', 'NotAllowedError')), clipboard: { writeText } }
    await expect(shareLink(link, refused as unknown as ShareNavigator)).resolves.toBe('copied')
  })

  it('says when it can neither share nor copy, so the link is shown to copy by hand', async () => {
    await expect(shareLink(link, {})).resolves.toBe('unavailable')
    const failing = { clipboard: { writeText: () => Promise.reject(new Error('denied')) } }
    await expect(shareLink(link, failing as unknown as ShareNavigator)).resolves.toBe('unavailable')
  })
})
