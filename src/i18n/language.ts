import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages'

const STORAGE_KEY = 'prisonersvoice.lang'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The remembered choice, else the browser's first supported language, else English. */
export function initialLanguage(storage: Pick<Storage, 'getItem'> | null, preferred: readonly string[]): Language {
  try {
    const saved = storage?.getItem(STORAGE_KEY)
    if (isLanguage(saved)) return saved
  } catch {
    // Storage can throw in private modes; the choice just won't persist.
  }
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return FALLBACK_LANGUAGE
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | null, lang: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, lang)
  } catch {
    // See initialLanguage.
  }
}
