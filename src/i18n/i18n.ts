import i18next from 'i18next'
import { LANGUAGES, type Language } from './languages'
import { MESSAGES, type MessageKey } from './messages'

/**
 * The one i18next instance. Interface text is bundled ("common"); a page's own text is added when its code loads
 * (see `addMessages`). Plurals follow each language's CLDR rules, dates use Intl, both through i18next.
 */
export const i18n = i18next.createInstance()
void i18n.init({
  resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { common: MESSAGES[lang] }])),
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
