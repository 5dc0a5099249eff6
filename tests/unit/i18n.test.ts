import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { translateNow } from '../../src/i18n/common'
import { formatDate, locale, setLanguage } from '../../src/i18n/i18n'
import { LANGUAGES, type Language } from '../../src/i18n/languages'
import de from '../../src/i18n/locales/de'
import en from '../../src/i18n/locales/en'
import pl from '../../src/i18n/locales/pl'
import uk from '../../src/i18n/locales/uk'
import type { Catalogue } from '../../src/i18n/messages'
import { lettersEn } from '../../src/letters/messages-en'
import { LETTERS } from '../../src/letters/messages-translations'
import { ACTIONS, actionsEn } from '../../src/actions/messages'
import { comfortEn } from '../../src/comfort/messages-en'
import { COMFORT } from '../../src/comfort/messages-translations'
import { EARLY_BEGIN, earlyBeginEn } from '../../src/app/early-begin-messages'
import { a11yEn } from '../../src/a11y/messages-en'
import { KIOSK, kioskEn } from '../../src/kiosk/messages'
import { XR, xrEn } from '../../src/xr/messages'
import { EXHIBITION, exhibitionEn } from '../../src/exhibition/messages'
import { QUICK_LOOK, quickLookEn } from '../../src/quick-look/messages'
import { SHARE, shareEn } from '../../src/share/messages'
import { A11Y } from '../../src/a11y/messages-translations'
import { PROVENANCE, provenanceEn } from '../../src/provenance/messages'

const catalogs: Record<string, Record<Language, Catalogue>> = {
  common: { en, uk, de, pl },
  letters: { en: lettersEn, ...LETTERS },
  actions: { en: actionsEn, ...ACTIONS },
  comfort: { en: comfortEn, ...COMFORT },
  'early-begin': { en: earlyBeginEn, ...EARLY_BEGIN },
  a11y: { en: a11yEn, ...A11Y },
  kiosk: { en: kioskEn, ...KIOSK },
  xr: { en: xrEn, ...XR },
  exhibition: { en: exhibitionEn, ...EXHIBITION },
  'quick-look': { en: quickLookEn, ...QUICK_LOOK },
  share: { en: shareEn, ...SHARE },
  provenance: { en: provenanceEn, ...PROVENANCE },
}

/** Words that are the same in every language on purpose (the Polish for "Menu" is "Menu"). */
const SAME_EVERYWHERE = new Set(['title', 'demo', 'pause', 'menu'])
const placeholders = (value: string | object) =>
  [...new Set((typeof value === 'string' ? value : Object.values(value).join(' ')).match(/\{\w+\}/g) ?? [])].sort()

/** The app's own code, without the catalogues themselves. */
const SRC = resolve(import.meta.dirname, '../../src')
const code = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !f.includes('locales') && !f.includes('messages-'))
  .map((f) => readFileSync(join(SRC, f), 'utf8'))
  .join('\n')

describe.each(Object.entries(catalogs))('the %s messages', (_ns, messages) => {
  it('are all shown somewhere: every key is named in the code (a group key through its `group_` prefix)', () => {
    const unused = Object.keys(messages.en).filter(
      (key) => !code.includes(`'${key}'`) && !(key.startsWith('group_') && code.includes('`group_${')),
    )
    expect(unused).toEqual([])
  })

  it('have the same keys in all four languages, none empty', () => {
    const keys = Object.keys(messages.en).sort()
    for (const lang of LANGUAGES) {
      expect(Object.keys(messages[lang]).sort(), lang).toEqual(keys)
      for (const [key, value] of Object.entries(messages[lang]))
        for (const text of typeof value === 'string' ? [value] : Object.values(value))
          expect(text?.trim(), `${lang}.${key}`).not.toBe('')
    }
  })

  it("have exactly the plural forms each language's grammar needs", () => {
    for (const lang of LANGUAGES) {
      const needed = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort()
      for (const [key, value] of Object.entries(messages.en)) {
        if (typeof value === 'string') continue
        const translated = messages[lang][key]
        expect(typeof translated, `${lang}.${key}`).toBe('object')
        expect(Object.keys(translated).sort(), `${lang}.${key}`).toEqual(needed)
      }
    }
  })

  it('are translated, not copied from English', () => {
    for (const lang of ['uk', 'de', 'pl'] as const) {
      const copied = Object.keys(messages.en).filter(
        (key) => !SAME_EVERYWHERE.has(key) && JSON.stringify(messages[lang][key]) === JSON.stringify(messages.en[key]),
      )
      expect(copied, lang).toEqual([])
    }
  })

  it('keep every {placeholder} of the English text', () => {
    for (const lang of ['uk', 'de', 'pl'] as const)
      for (const [key, value] of Object.entries(messages.en))
        expect(placeholders(messages[lang][key]), `${lang}.${key}`).toEqual(placeholders(value))
  })
})

describe('plurals and dates follow each language', () => {
  it.each([
    ['uk', 1, '1 свідчення'],
    ['uk', 3, '3 свідчення'],
    ['uk', 5, '5 свідчень'],
    ['pl', 1, '1 relacja'],
    ['pl', 2, '2 relacje'],
    ['pl', 5, '5 relacji'],
    ['de', 1, '1 Zeugnis'],
    ['de', 2, '2 Zeugnisse'],
    ['en', 1, '1 testimony'],
    ['en', 4, '4 testimonies'],
  ] as const)('%s: %i', async (lang, count, expected) => {
    expect(await setLanguage(lang)).toBe(true)
    expect(translateNow('testimonyCount', { count })).toBe(expected)
  })

  it('writes dates the way each language does', () => {
    const date = new Date(Date.UTC(2026, 0, 15, 12))
    const long = (lang: Language) => {
      locale.set(lang)
      return formatDate(date, { dateStyle: 'long', timeZone: 'UTC' })
    }
    expect(long('en')).toBe('January 15, 2026')
    expect(long('de')).toBe('15. Januar 2026')
    expect(long('pl')).toBe('15 stycznia 2026')
    expect(long('uk')).toMatch(/^15 січня 2026/)
  })
})
