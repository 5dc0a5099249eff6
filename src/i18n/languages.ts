/** Interface languages of the campaign's partners; content may provide any subset, English is required. */
export const LANGUAGES = ['uk', 'en', 'de', 'pl'] as const
export type Language = (typeof LANGUAGES)[number]
export const FALLBACK_LANGUAGE: Language = 'en'
