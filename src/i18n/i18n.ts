import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { Language } from './languages'
import type { Catalogue, PluralForms } from './messages'

/**
 * The interface language and its text, in the app's one kind of store (zustand). English is the base every feature
 * bundles; the other languages download on demand, per feature. Plurals follow each language's CLDR rules
 * (Intl.PluralRules), dates Intl.DateTimeFormat (`formatDate`).
 */
interface I18nState {
  /** The interface language (`data-lang` and `<html lang>` are mirrored from it). */
  lang: Language
  /** A language whose text could not be fetched (offline): the interface stayed in the one before. */
  problem: Language | null
  /** Each feature's catalogues arrived so far, by language. */
  arrived: Readonly<Record<string, Partial<Record<Language, Catalogue>>>>
}

const store = createStore<I18nState>()(() => ({ lang: 'en', problem: null, arrived: {} }))

/** One value of the store, read, set and watched on its own. */
function field<K extends 'lang' | 'problem'>(key: K) {
  return {
    get: (): I18nState[K] => store.getState()[key],
    set: (value: I18nState[K]) => store.setState({ [key]: value } as Pick<I18nState, K>),
    /** Called with the new value each time it changes; returns the way to stop. */
    listen: (fn: (value: I18nState[K]) => void) =>
      store.subscribe((s, prev) => {
        if (s[key] !== prev[key]) fn(s[key])
      }),
  }
}

/** The interface language: the one store of it. */
export const locale = field('lang')
/** A language whose text could not be fetched (offline): the interface stayed in the one before. */
export const languageProblem = field('problem')

/** How a feature's catalogue in a language other than English arrives (each feature registers its own). */
export type CatalogueLoader = (lang: Exclude<Language, 'en'>) => Promise<Catalogue>

/** A feature's messages: its English base and how the other languages arrive. */
export interface Messages {
  readonly component: string
  readonly base: Catalogue
  /** The current language's catalogue; English for what has not arrived. */
  get(): Catalogue
}

const loaders = new Map<string, CatalogueLoader>()
const fetching = new Map<string, Promise<Catalogue>>()

/** Fetches a feature's catalogue in a language once; a failure is not kept, so asking again asks anew. */
function fetchCatalogue(component: string, lang: Exclude<Language, 'en'>): Promise<Catalogue> {
  const key = `${component}:${lang}`
  let pending = fetching.get(key)
  if (!pending) {
    pending = loaders.get(component)!(lang).then(
      (catalogue) => {
        store.setState((s) => ({
          arrived: { ...s.arrived, [component]: { ...s.arrived[component], [lang]: catalogue } },
        }))
        return catalogue
      },
      (e: unknown) => {
        fetching.delete(key)
        throw e
      },
    )
    fetching.set(key, pending)
  }
  return pending
}

const has = (component: string, lang: Language) => lang === 'en' || !!store.getState().arrived[component]?.[lang]

/**
 * A feature's messages: the English base, bundled, and how the other languages arrive. A value is text with
 * `{name}` placeholders, or plural forms by CLDR category with `{count}`.
 * @example defineMessages('letters', lettersEn, async (lang) => (await import('./messages-translations')).LETTERS[lang])
 */
export function defineMessages(component: string, base: Catalogue, load: CatalogueLoader): Messages {
  loaders.set(component, load)
  return {
    component,
    base,
    get() {
      const { lang, arrived } = store.getState()
      return lang === 'en' ? base : { ...base, ...arrived[component]?.[lang] }
    },
  }
}

/** Interpolation values, and `count`, which picks the plural form. */
export type TranslateOptions = Record<string, string | number>
export type Translate<K extends string> = (key: K, options?: TranslateOptions) => string

/** Renders one message in `lang` with its values: the plural form `count` calls for, and each `{name}` filled. */
export function render(
  value: string | PluralForms | undefined,
  options: TranslateOptions | undefined,
  lang: Language,
): string {
  if (value === undefined) return ''
  let text: string
  if (typeof value === 'string') text = value
  else {
    const n = Number(options?.count)
    text = value[new Intl.PluralRules(lang).select(n)] ?? value.other ?? ''
  }
  return options ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(options[name] ?? all)) : text
}

/** A translator over a feature's messages, re-rendering when the language or its catalogue arrives. */
export function useTranslator<K extends string>(messages: Messages): Translate<K> {
  const lang = useStore(store, (s) => s.lang)
  const arrived = useStore(store, (s) => s.arrived[messages.component]?.[lang])
  // A feature first shown after the language was chosen fetches its own text then; English shows meanwhile.
  useEffect(() => {
    if (!has(messages.component, lang))
      fetchCatalogue(messages.component, lang as Exclude<Language, 'en'>).catch(() => undefined)
  }, [messages.component, lang])
  return useMemo(() => {
    const catalogue = arrived ? { ...messages.base, ...arrived } : messages.base
    return (key: K, options?: TranslateOptions) => render(catalogue[key], options, lang)
  }, [messages.base, arrived, lang])
}

/** The interface language, re-rendering when it changes. */
export function useLanguage(): Language {
  return useStore(store, (s) => s.lang)
}

/** A language problem, re-rendering when it changes. */
export function useLanguageProblem(): Language | null {
  return useStore(store, (s) => s.problem)
}

/** A date written the way the interface language writes dates. */
export function formatDate(date: Date, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale.get(), options).format(date)
}

let wanted: Language | null = null

/**
 * Back to a deployment's own language for the next visitor, at once (a kiosk or headset keeps its languages in its
 * offline cache); text still on its way follows when it arrives.
 */
export function resetLanguage(lang: Language): void {
  wanted = lang
  store.setState({ problem: null, lang })
  if (lang !== 'en') for (const c of loaders.keys()) if (!has(c, lang)) fetchCatalogue(c, lang).catch(() => undefined)
}

/**
 * Changes the interface language everywhere at once. Its text downloads when first needed, before the switch: a
 * language that cannot be fetched (offline) leaves the interface as it was and is named in `languageProblem`.
 * @returns whether the language is now shown
 */
export async function setLanguage(lang: Language): Promise<boolean> {
  wanted = lang
  const missing = lang === 'en' ? [] : [...loaders.keys()].filter((c) => !has(c, lang))
  // Offline with no offline cache to answer, asking would only fail, and the browser would keep that failure for the
  // page's life (the rule of src/parts/part-retry.ts `fetchWouldFail`): the language is chosen again once online.
  if (missing.length > 0 && offlineWithoutCache()) {
    languageProblem.set(lang)
    return false
  }
  if (missing.length > 0) {
    try {
      await Promise.all(missing.map((c) => fetchCatalogue(c, lang as Exclude<Language, 'en'>)))
    } catch {
      if (wanted === lang) languageProblem.set(lang)
      return false
    }
    if (wanted !== lang) return false
  }
  store.setState({ problem: null, lang })
  return true
}

function offlineWithoutCache(): boolean {
  if (typeof navigator === 'undefined') return false
  return navigator.onLine === false && !navigator.serviceWorker?.controller
}
