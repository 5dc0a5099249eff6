import type { Language } from '../i18n/languages'
import { shareAddress, type Place } from '../links/address'

/** The address of a place as a phone elsewhere can open it: on the site's public address where content names one. */
export function placeAddress(place: Place, lang: Language, publicUrl: string | undefined): string {
  return shareAddress(place, lang, publicUrl, new URL(import.meta.env.BASE_URL, location.href).href)
}
