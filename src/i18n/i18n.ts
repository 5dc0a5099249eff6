import i18next from 'i18next'
import { LANGUAGES, type Language } from './languages'
import en from './locales/en'
import { LOAD_MESSAGES, type MessageKey } from './messages'

/**
 * The one i18next instance. English interface text is bundled ("common"); other languages load when chosen
 * (`loadLanguage`), and a page's own text is added when its code loads (`addMessages`).
 * Plurals follow each language's CLDR rules, dates use Intl, both through i18next.
 */
export const i18n = i18next.createInstance()
void i18n.init({
  resources: { en: { common: en } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: ['common'],
  defaultNS: 'common',
  // React renders every string as text, and content is never HTML, so nothing needs escaping here.
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** Interpolation values and `count` (which picks the plural form). */
export type TranslateOptions = Record<string, unknown>

export type Translate<K extends string = MessageKey> = (key: K, options?: TranslateOptions) => string

export function translator<K extends string = MessageKey>(lang: Language, ns = 'common'): Translate<K> {
  const t = i18n.getFixedT(lang, ns) as unknown as (key: string, options?: TranslateOptions) => string
  return (key, options) => t(key, options)
}

/** Registers a namespace's messages for every language (used by pages whose code loads on demand). */
export function addMessages(ns: string, messages: Record<Language, Record<string, string>>): void {
  for (const lang of LANGUAGES) if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, messages[lang])
}

/** Makes a language's interface text available; resolves at once when it already is. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'common')) return
  const { default: messages } = await LOAD_MESSAGES[lang]()
  i18n.addResourceBundle(lang, 'common', messages)
}
