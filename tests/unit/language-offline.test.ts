import { describe, expect, it } from 'vitest'
import { defineMessages, languageProblem, locale, setLanguage } from '../../src/i18n/i18n'

describe('choosing a language whose text cannot be fetched', () => {
  it('keeps the interface in the language it was in, names the one that failed, and recovers when it arrives', async () => {
    let online = false
    defineMessages('page-part', { hello: 'Hello' }, async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module')
      return { hello: 'Hallo' }
    })
    expect(await setLanguage('en')).toBe(true)

    expect(await setLanguage('de')).toBe(false)
    expect(locale.get()).toBe('en')
    expect(languageProblem.get()).toBe('de')

    online = true
    expect(await setLanguage('de')).toBe(true)
    expect(locale.get()).toBe('de')
    expect(languageProblem.get()).toBeNull()
  })

  it('switches at once to a language whose text is already here', async () => {
    defineMessages('other-part', { hello: 'Hello' }, async () => ({ hello: 'Cześć' }))
    await setLanguage('pl')
    const switching = setLanguage('en')
    expect(locale.get()).toBe('en')
    const back = setLanguage('pl')
    expect(locale.get()).toBe('pl')
    await Promise.all([switching, back])
  })
})
