import { describe, expect, it } from 'vitest'
import { localize } from '../../src/content/localize'
import { initialLanguage } from '../../src/i18n/language'

const storage = (value: string | null) => ({ getItem: () => value })

describe('language', () => {
  it('remembers the visitor’s choice over the browser’s', () => {
    expect(initialLanguage(storage('pl'), ['de-DE'])).toBe('pl')
  })
  it('falls back to the browser’s language, then English', () => {
    expect(initialLanguage(storage(null), ['fr-FR', 'uk-UA'])).toBe('uk')
    expect(initialLanguage(storage('xx'), ['fr'])).toBe('en')
    expect(initialLanguage(null, [])).toBe('en')
  })
  it('content falls back to English and says so', () => {
    expect(localize({ en: 'Cell', uk: 'Камера' }, 'uk')).toEqual({ text: 'Камера', lang: 'uk', fallback: false })
    expect(localize({ en: 'Cell' }, 'de')).toEqual({ text: 'Cell', lang: 'en', fallback: true })
  })
})
