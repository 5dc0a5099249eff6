import type { Language } from './languages'
import type en from './locales/en'

/** Plural forms by CLDR category; each language gives the ones its grammar needs (Intl.PluralRules). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>

/** A flat catalogue: text with `{name}` placeholders, or plural forms with `{count}`. */
export type Catalogue = Record<string, string | PluralForms>

export type MessageKey = keyof typeof en

/** Each language's name in itself, for the language choice (the only text needed before a catalogue loads). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  uk: 'Українська',
  en: 'English',
  de: 'Deutsch',
  pl: 'Polski',
}
