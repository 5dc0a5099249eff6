import type { Language } from '../i18n/languages'

/**
 * Every event that is counted, and nothing else. `asked`, `answered` and `no-answer`: a question in Ask, and whether a
 * part answered it (src/ask/outcome.ts).
 */
export const COUNT_EVENTS = [
  'visit',
  'begin',
  'cell',
  'testimony-start',
  'testimony-end',
  'testimony-left',
  'actions',
  'petition',
  'volunteer',
  'letter',
  'postcard-print',
  'postcard-copy',
  'share',
  'quick-look',
  'asked',
  'answered',
  'no-answer',
] as const
export type CountEventName = (typeof COUNT_EVENTS)[number]

/** How the visitor sees the experience. */
export const COUNT_MODES = ['screen', 'headset', 'ar', 'quick-look', 'kiosk', 'exhibition'] as const
export type CountMode = (typeof COUNT_MODES)[number]

/**
 * One counted moment, in its fixed shape: no identifier, no time (the server knows the day of the request), nothing
 * typed. `heard`: the share of a testimony heard when it was left, in tenths (0–10).
 */
export interface CountEvent {
  event: CountEventName
  cell: string | null
  testimony: string | null
  lang: Language
  mode: CountMode
  heard?: number
}

/** The path on the site's own origin that receives the events (deploy/nginx: `location = /count`). */
export const COUNT_PATH = 'count'

/** Ids as content names them: anything else (a hostile manifest) is left out rather than sent. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/**
 * The event as the query of the beacon's address (the body stays empty, so a server can log it without reading one):
 * the fields in a fixed order, one letter each.
 * @example countQuery({ event: 'cell', cell: 'sizo-cell', testimony: null, lang: 'uk', mode: 'screen' })
 * // 'e=cell&c=sizo-cell&l=uk&m=screen'
 */
export function countQuery(e: CountEvent): string {
  const parts = [`e=${e.event}`]
  if (e.cell && ID.test(e.cell)) parts.push(`c=${e.cell}`)
  if (e.testimony && ID.test(e.testimony)) parts.push(`t=${e.testimony}`)
  parts.push(`l=${e.lang}`, `m=${e.mode}`)
  if (e.heard !== undefined) parts.push(`h=${Math.max(0, Math.min(10, Math.floor(e.heard)))}`)
  return parts.join('&')
}

/** The share of a recording heard, in whole tenths (0–10). */
export function tenths(time: number, duration: number): number {
  if (!(duration > 0) || !Number.isFinite(time)) return 0
  return Math.max(0, Math.min(10, Math.floor((time / duration) * 10)))
}
