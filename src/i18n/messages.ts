import type { Language } from './languages'
import type en from './locales/en'

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
export type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K

/** A key as code uses it: plural keys without their CLDR suffix (`t('testimonyCount', { count })`). */
export type MessageKey = BaseKey<keyof typeof en>
/** Each language has every key of English, with the plural forms its own grammar needs. */
export type Messages = Record<string, string>

/** Each language's name in itself, for the language choice (the only text needed before a catalogue loads). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  uk: 'Українська',
  en: 'English',
  de: 'Deutsch',
  pl: 'Polski',
}

/** Every catalogue but English loads on demand, keeping the landing page light. */
export const LOAD_MESSAGES: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('./locales/en'),
  uk: () => import('./locales/uk'),
  de: () => import('./locales/de'),
  pl: () => import('./locales/pl'),
}
