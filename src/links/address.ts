import { LANGUAGES, type Language } from '../i18n/languages'

/**
 * The places a visitor's address can name. The one scheme for the app's history, shared links, QR codes and the
 * link-preview pages the build writes (build/link-pages.ts):
 * - `/` the landing, `/cells/` the cell choice,
 * - `/cells/<cell>/` a cell, `/cells/<cell>/<testimony>/` a testimony in it, `?at=1:23` a moment in that testimony,
 * - each optionally under a language, `/uk/cells/<cell>/`, so a preview and the page it opens speak that language.
 */
export type Place =
  | { kind: 'start' }
  | { kind: 'cells' }
  | { kind: 'cell'; cell: string }
  | { kind: 'testimony'; cell: string; testimony: string; at: number | null }

export interface Address {
  place: Place
  /** The language the address names (`/de/…`); null: none. */
  lang: Language | null
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/
/** A moment at most this far into a recording: no testimony is a day long. */
const MAX_MOMENT = 24 * 60 * 60

/**
 * Reads where an address leads. Anything it cannot read leads to the start; a cell or testimony that does not exist
 * is the content's to tell (see `resolvePlace` in the app).
 * @example parseAddress('/uk/cells/sizo-cell/sizo-window/', '?at=1:23') // testimony sizo-window at 83 s, in Ukrainian
 */
export function parseAddress(pathname: string, search = '', base = '/'): Address {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')
  const parts = rest.split('/').filter((p) => p !== '' && p !== 'index.html')
  let lang: Language | null = null
  if (parts[0] && (LANGUAGES as readonly string[]).includes(parts[0])) lang = parts.shift() as Language
  const start: Address = { place: { kind: 'start' }, lang }
  if (parts.length === 0) return start
  if (parts[0] !== 'cells' || parts.length > 3 || !parts.slice(1).every((p) => SLUG.test(p))) return start
  const [, cell, testimony] = parts
  if (!cell) return { place: { kind: 'cells' }, lang }
  if (!testimony) return { place: { kind: 'cell', cell }, lang }
  return {
    place: { kind: 'testimony', cell, testimony, at: parseMoment(new URLSearchParams(search).get('at')) },
    lang,
  }
}

/**
 * The path (and `?at=`) of a place, under the site's base.
 * @example placePath({ kind: 'testimony', cell: 'sizo-cell', testimony: 'sizo-window', at: 83 }, 'uk') // '/uk/cells/sizo-cell/sizo-window/?at=1:23'
 */
export function placePath(place: Place, lang: Language | null = null, base = '/'): string {
  const prefix = base + (lang ? `${lang}/` : '')
  switch (place.kind) {
    case 'start':
      return prefix
    case 'cells':
      return `${prefix}cells/`
    case 'cell':
      return `${prefix}cells/${place.cell}/`
    case 'testimony':
      return `${prefix}cells/${place.cell}/${place.testimony}/` + (place.at ? `?at=${formatMoment(place.at)}` : '')
  }
}

/**
 * The address to share or encode in a QR code: on the site's public address where content names one (a kiosk or
 * headset served from localhost has none a phone can reach), else on this page's own origin and base.
 */
export function shareAddress(place: Place, lang: Language | null, publicUrl: string | undefined, here: string): string {
  const root = new URL(publicUrl ?? here)
  const base = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`
  return new URL(placePath(place, lang, base), root.origin).href
}

/**
 * A moment as a video link writes it: `83`, `83s`, `1:23`, `1m23s` or `1:02:03`; null when it is none of them.
 * @example parseMoment('1:23') // 83
 */
export function parseMoment(raw: string | null | undefined): number | null {
  if (!raw) return null
  let seconds: number | null = null
  const clock = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/.exec(raw)
  const units = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,5})s?)?$/.exec(raw)
  if (clock) {
    const [, h = '0', m = '0', s = '0'] = clock
    if (Number(s) < 60) seconds = Number(h) * 3600 + Number(m) * 60 + Number(s)
  } else if (units && raw !== '' && /\d/.test(raw)) {
    const [, h = '0', m = '0', s = '0'] = units
    seconds = Number(h) * 3600 + Number(m) * 60 + Number(s)
  }
  return seconds !== null && seconds <= MAX_MOMENT ? seconds : null
}

/**
 * Seconds as `m:ss` (or `h:mm:ss`), whole seconds down.
 * @example formatMoment(83.7) // '1:23'
 */
export function formatMoment(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
