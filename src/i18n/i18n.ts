import { count, createI18n, formatter, params, type ComponentsJSON, type Translations } from '@nanostores/i18n'
import { useStore } from '@nanostores/react'
import { atom } from 'nanostores'
import { useMemo } from 'react'
import type { Language } from './languages'
import type { Catalogue } from './messages'

/** The interface language: the one store of it (`data-lang` and `<html lang>` are mirrored from it). */
export const locale = atom<Language>('en')
export const format = formatter(locale)

/** How a component's catalogue in a language other than English arrives (each feature registers its own). */
export type CatalogueLoader = (lang: Exclude<Language, 'en'>) => Promise<Catalogue>
const loaders = new Map<string, CatalogueLoader>()
/** `component:lang` pairs whose text has arrived: switching to such a language needs no wait. */
const arrived = new Set<string>()

/** A language whose text could not be fetched (offline): the interface stayed in the one before. */
export const languageProblem = atom<Language | null>(null)

/**
 * @nanostores/i18n: English is the base, the other languages download on demand. Plurals follow each language's
 * CLDR rules (Intl.PluralRules), dates use Intl.DateTimeFormat (`format`).
 */
export const i18n = createI18n(locale, {
  baseLocale: 'en',
  async get(code, components) {
    const lang = code as Exclude<Language, 'en'>
    const out: ComponentsJSON = {}
    for (const name of components) {
      const load = loaders.get(name)
      if (load) out[name] = (await load(lang)) as ComponentsJSON[string]
    }
    return out
  },
})

/**
 * A component's messages: the English base, bundled, and how the other languages arrive. Plural forms → count(),
 * placeholders → params().
 * @example defineMessages('letters', lettersEn, async (lang) => (await import('./messages-translations')).LETTERS[lang])
 */
export function defineMessages(component: string, base: Catalogue, load: CatalogueLoader) {
  loaders.set(component, async (lang) => {
    const catalogue = await load(lang)
    arrived.add(`${component}:${lang}`)
    return catalogue
  })
  const body: Translations = {}
  for (const [key, value] of Object.entries(base))
    body[key] =
      typeof value === 'object'
        ? (count(value as Parameters<typeof count>[0] & { other: string }) as Translations[string])
        : value.includes('{')
          ? params(value)
          : value
  return i18n(component, body)
}

/** Interpolation values, and `count`, which picks the plural form. */
export type TranslateOptions = Record<string, string | number>
export type Translate<K extends string> = (key: K, options?: TranslateOptions) => string

/** Renders one message with its values. */
export function render(value: Translations[string] | undefined, options?: TranslateOptions): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  const fn = value as (input: unknown) => unknown
  const out = options && 'count' in options ? fn(Number(options.count)) : fn(options ?? {})
  return String(out)
}

/** A translator over a component's messages, re-rendering when the language or its catalogue arrives. */
export function useTranslator<K extends string>(messages: ReturnType<typeof defineMessages>): Translate<K> {
  const current = useStore(messages)
  return useMemo(() => (key: K, options?: TranslateOptions) => render(current[key], options), [current])
}

/** The interface language, re-rendering when it changes. */
export function useLanguage(): Language {
  return useStore(locale)
}

let wanted: Language | null = null

/**
 * Back to a deployment's own language for the next visitor, at once (a kiosk or headset keeps its languages in its
 * offline cache); text still on its way follows when it arrives.
 */
export function resetLanguage(lang: Language): void {
  wanted = lang
  languageProblem.set(null)
  locale.set(lang)
}

/**
 * Changes the interface language everywhere at once. Its text downloads when first needed, before the switch: a
 * language that cannot be fetched (offline) leaves the interface as it was and is named in `languageProblem`.
 * @returns whether the language is now shown
 */
export async function setLanguage(lang: Language): Promise<boolean> {
  wanted = lang
  const missing = lang === 'en' ? [] : [...loaders.keys()].filter((c) => !arrived.has(`${c}:${lang}`))
  // Offline with no offline cache to answer, asking would only fail, and the browser would keep that failure for the
  // page's life (the rule of src/parts/part-retry.ts `fetchWouldFail`): the language is chosen again once online.
  if (missing.length > 0 && offlineWithoutCache()) {
    languageProblem.set(lang)
    return false
  }
  if (missing.length > 0) {
    try {
      await Promise.all(missing.map((c) => loaders.get(c)?.(lang as Exclude<Language, 'en'>)))
    } catch {
      if (wanted === lang) languageProblem.set(lang)
      return false
    }
    if (wanted !== lang) return false
  }
  languageProblem.set(null)
  locale.set(lang)
  return true
}

function offlineWithoutCache(): boolean {
  if (typeof navigator === 'undefined') return false
  return navigator.onLine === false && !navigator.serviceWorker?.controller
}
