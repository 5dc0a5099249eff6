import { describe, expect, it } from 'vitest'
import { translator } from '../../src/i18n/i18n'
import { LANGUAGES } from '../../src/i18n/languages'
import en from '../../src/i18n/locales/en'
import uk from '../../src/i18n/locales/uk'
import de from '../../src/i18n/locales/de'
import pl from '../../src/i18n/locales/pl'
import { lettersEn } from '../../src/letters/messages-en'
import { lettersDe, lettersPl, lettersUk } from '../../src/letters/messages-translations'
import { addMessages, loadLanguage } from '../../src/i18n/i18n'

const PLURAL = /_(zero|one|two|few|many|other)$/
const catalogs = {
  common: { en: en as Record<string, string>, uk, de, pl },
  letters: { en: lettersEn as Record<string, string>, uk: lettersUk, de: lettersDe, pl: lettersPl },
}
addMessages('letters', catalogs.letters)
await Promise.all(LANGUAGES.map(loadLanguage))

/** Words that are the same in every language on purpose. */
const SAME_EVERYWHERE = new Set(['title', 'demo', 'pause'])

describe.each(Object.entries(catalogs))(
  'the %s messages',
  (_ns, messages: Record<(typeof LANGUAGES)[number], Record<string, string>>) => {
    const baseKeys = (lang: keyof typeof messages) =>
      [...new Set(Object.keys(messages[lang]).map((k) => k.replace(PLURAL, '')))].sort()

    it('have the same keys in all four languages, none empty', () => {
      for (const lang of LANGUAGES) {
        expect(baseKeys(lang), lang).toEqual(baseKeys('en'))
        for (const [key, value] of Object.entries(messages[lang])) expect(value.trim(), `${lang}.${key}`).not.toBe('')
      }
    })

    it("have every plural form each language's grammar needs, and no others", () => {
      for (const lang of LANGUAGES) {
        const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
        const pluralBases = new Set(
          Object.keys(messages.en)
            .filter((k) => PLURAL.test(k))
            .map((k) => k.replace(PLURAL, '')),
        )
        for (const base of pluralBases) {
          const forms = Object.keys(messages[lang])
            .filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k))
            .map((k) => k.match(PLURAL)![1])
            .sort()
          expect(forms, `${lang}.${base}`).toEqual([...needed].sort())
        }
      }
    })

    it('are translated, not copied from English', () => {
      for (const lang of ['uk', 'de', 'pl'] as const) {
        const copied = Object.keys(messages.en).filter(
          (key) => !SAME_EVERYWHERE.has(key) && messages[lang][key] === messages.en[key as keyof typeof messages.en],
        )
        expect(copied, lang).toEqual([])
      }
    })

    it('keep every {{placeholder}} of the English text', () => {
      for (const lang of ['uk', 'de', 'pl'] as const)
        for (const [key, value] of Object.entries(messages.en)) {
          const base = key.replace(PLURAL, '')
          const translated = Object.entries(messages[lang]).filter(([k]) => k.replace(PLURAL, '') === base)
          const placeholders = (value.match(/\{\{[^}]+\}\}/g) ?? []).sort()
          for (const [k, v] of translated)
            expect((v.match(/\{\{[^}]+\}\}/g) ?? []).sort(), `${lang}.${k}`).toEqual(placeholders)
        }
    })
  },
)

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
  ] as const)('%s: %i', (lang, count, expected) => {
    expect(translator(lang)('testimonyCount', { count })).toBe(expected)
  })

  it('writes dates the way each language does', () => {
    const date = new Date(Date.UTC(2026, 0, 15, 12))
    const dated = (lang: (typeof LANGUAGES)[number]) =>
      translator<string>(lang, 'letters')('dated', {
        date,
        formatParams: { date: { dateStyle: 'long', timeZone: 'UTC' } },
      })
    expect(dated('en')).toContain('January 15, 2026')
    expect(dated('de')).toContain('15. Januar 2026')
    expect(dated('pl')).toContain('15 stycznia 2026')
    expect(dated('uk')).toContain('15 січня 2026')
  })
})
