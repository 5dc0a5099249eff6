import type { Language } from '../i18n/languages'

/**
 * A date at the precision the curator gave it, written the way `lang` writes dates: a year stays a year (a speaker's
 * safety may depend on it), a month a month, a day a day.
 * @example partialDateText('2024', 'uk') // '2024 р.'
 * @example partialDateText('2024-03', 'de') // 'März 2024'
 */
export function partialDateText(value: string, lang: Language): string {
  const [year, month, day] = value.split('-').map(Number)
  if (year === undefined || !Number.isFinite(year)) return value
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1, 12))
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric' }
      : month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' }
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(date)
}
