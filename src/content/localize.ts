import { FALLBACK_LANGUAGE, type Language } from '../i18n/languages'
import type { LocalizedText } from './schema'

/** Content text in the visitor's language, falling back to English; `fallback` tells the UI to say so. */
export function localize(text: LocalizedText, lang: Language): { text: string; lang: Language; fallback: boolean } {
  const value = text[lang]
  if (value) return { text: value, lang, fallback: false }
  return { text: text.en, lang: FALLBACK_LANGUAGE, fallback: lang !== FALLBACK_LANGUAGE }
}

/**
 * Content text placed inside the app's own sentence, isolated (FSI … PDI) so that right-to-left text or a direction
 * mark in it cannot reorder the words around it. In markup, `<bdi>` does the same.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}
