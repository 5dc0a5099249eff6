#!/usr/bin/env node
// npm run counts -- <log> [--out dir]: the server's counts log (deploy/nginx: `location = /count`) as daily counts
// (counts.csv) and a report page (report.html: one self-contained file, charts as inline SVG, nothing fetched).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, URLSearchParams } from 'node:url'

/** The events the app sends (src/counting/events.ts: COUNT_EVENTS; a unit test keeps the two the same). */
export const EVENTS = [
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
]
/** src/counting/events.ts: COUNT_MODES. */
export const MODES = ['screen', 'headset', 'ar', 'quick-look', 'kiosk', 'exhibition']
const LANGS = ['uk', 'en', 'de', 'pl']

/** The funnel, as a campaign reads it: each step a visitor may reach after the one before. */
export const FUNNEL = /** @type {const} */ ([
  ['visit', 'Visits'],
  ['begin', 'Begin'],
  ['cell', 'Entered a cell'],
  ['testimony-start', 'Started a testimony'],
  ['testimony-end', 'Heard one to its end'],
  ['actions', 'Opened Take action'],
  ['petition', 'Opened the petition'],
  ['volunteer', 'Opened Volunteer'],
  ['letter', 'Opened Write a letter'],
])

/**
 * @typedef {{ day: string, event: string, cell: string, testimony: string, lang: string, mode: string, heard: string }} CountedEvent
 * @typedef {CountedEvent & { count: number }} CountRow
 */

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/**
 * One line of the log (`YYYY-MM-DD e=…&c=…&t=…&l=…&m=…&h=…`), or null where it is not the fixed shape.
 * @param {string} line
 * @returns {CountedEvent | null}
 */
export function parseCountLine(line) {
  const m = /^(\d{4}-\d\d-\d\d) (\S+)$/.exec(line.trim())
  if (!m) return null
  const fields = new URLSearchParams(m[2])
  const allowed = new Set(['e', 'c', 't', 'l', 'm', 'h'])
  for (const key of fields.keys()) if (!allowed.has(key)) return null
  const event = fields.get('e') ?? ''
  const cell = fields.get('c') ?? ''
  const testimony = fields.get('t') ?? ''
  const lang = fields.get('l') ?? ''
  const mode = fields.get('m') ?? ''
  const heard = fields.get('h') ?? ''
  if (!EVENTS.includes(event) || !LANGS.includes(lang) || !MODES.includes(mode)) return null
  if ((cell && !ID.test(cell)) || (testimony && !ID.test(testimony))) return null
  if (heard && !/^(10|[0-9])$/.test(heard)) return null
  return { day: /** @type {string} */ (m[1]), event, cell, testimony, lang, mode, heard }
}

/**
 * The log as counts: one row per day and distinct event, sorted.
 * @param {string} text
 * @returns {{ rows: CountRow[], skipped: number }}
 */
export function countLog(text) {
  /** @type {Map<string, CountRow>} */
  const rows = new Map()
  let skipped = 0
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const e = parseCountLine(line)
    if (!e) {
      skipped++
      continue
    }
    const key = [e.day, e.event, e.cell, e.testimony, e.lang, e.mode, e.heard].join(',')
    const row = rows.get(key)
    if (row) row.count++
    else rows.set(key, { ...e, count: 1 })
  }
  return { rows: [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r), skipped }
}

/** The CSV's columns: the same as a kiosk's saved counts (src/counting/day-counts.ts). */
export const CSV_HEADER = 'day,event,cell,testimony,lang,mode,heard,count'

/**
 * @param {CountRow[]} rows
 * @returns {string}
 */
export function countsCsv(rows) {
  return (
    [
      CSV_HEADER,
      ...rows.map((r) => [r.day, r.event, r.cell, r.testimony, r.lang, r.mode, r.heard, r.count].join(',')),
    ].join('\n') + '\n'
  )
}

/**
 * Sums the rows' counts by a key; rows left out by `where`.
 * @param {CountRow[]} rows
 * @param {(r: CountRow) => string} key
 * @param {(r: CountRow) => boolean} [where]
 * @returns {Map<string, number>}
 */
export function sumBy(rows, key, where = () => true) {
  /** @type {Map<string, number>} */
  const out = new Map()
  for (const r of rows) if (where(r)) out.set(key(r), (out.get(key(r)) ?? 0) + r.count)
  return out
}

/**
 * Each testimony's completion: started, heard to the end, left, and where (tenths heard) those who left did.
 * @param {CountRow[]} rows
 */
export function completion(rows) {
  /** @type {Map<string, { cell: string, started: number, ended: number, left: number, leftAt: number[] }>} */
  const out = new Map()
  for (const r of rows) {
    if (!r.testimony || !['testimony-start', 'testimony-end', 'testimony-left'].includes(r.event)) continue
    const t = out.get(r.testimony) ?? { cell: r.cell, started: 0, ended: 0, left: 0, leftAt: Array(11).fill(0) }
    if (r.event === 'testimony-start') t.started += r.count
    else if (r.event === 'testimony-end') t.ended += r.count
    else {
      t.left += r.count
      const at = Number(r.heard)
      if (r.heard !== '' && at >= 0 && at <= 10) t.leftAt[at] += r.count
    }
    out.set(r.testimony, t)
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)))
}

/** @param {string} s */
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Horizontal bars, one per entry, with its label and number: an inline SVG.
 * @param {[string, number][]} bars
 * @param {string} title
 */
function barChart(bars, title) {
  const max = Math.max(1, ...bars.map(([, n]) => n))
  const row = 26
  const labelW = 190
  const barW = 420
  const h = bars.length * row + 8
  const items = bars
    .map(([label, n], i) => {
      const y = i * row + 4
      const w = Math.round((n / max) * barW)
      return (
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${esc(label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${row - 8}" fill="#c0392b"/>` +
        `<text x="${labelW + w + 6}" y="${y + 16}">${n}</text>`
      )
    })
    .join('')
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 60} ${h}" width="${labelW + barW + 60}" height="${h}" font-size="13" font-family="sans-serif">${items}</svg>`
}

/**
 * Where visitors left a testimony, by tenths heard: eleven small columns.
 * @param {number[]} leftAt
 * @param {string} title
 */
function tenthsChart(leftAt, title) {
  const max = Math.max(1, ...leftAt)
  const col = 18
  const h = 50
  const cols = leftAt
    .map((n, i) => {
      const ch = Math.round((n / max) * (h - 14))
      return `<rect x="${i * col}" y="${h - 12 - ch}" width="${col - 3}" height="${ch}" fill="#7f8c8d"><title>${i}/10 heard: ${n}</title></rect><text x="${i * col + 7}" y="${h}" font-size="8" text-anchor="middle">${i}</text>`
    })
    .join('')
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${11 * col} ${h + 2}" width="${11 * col}" height="${h + 2}" font-family="sans-serif">${cols}</svg>`
}

/**
 * The report page: the funnel, each testimony's completion, the split by language and by mode, and the days.
 * @param {CountRow[]} rows
 * @returns {string}
 */
export function reportPage(rows) {
  const total = sumBy(rows, (r) => r.event)
  const days = [...new Set(rows.map((r) => r.day))].sort()
  const period = days.length ? `${days[0]} – ${days[days.length - 1]}` : 'no counts'
  const funnel = barChart(
    FUNNEL.map(([event, label]) => [label, total.get(event) ?? 0]),
    'The funnel',
  )
  const visits = (/** @type {string} */ by) =>
    sumBy(
      rows,
      (r) => (by === 'lang' ? r.lang : r.mode),
      (r) => r.event === 'begin',
    )
  const byLang = barChart(
    LANGS.map((l) => [l, visits('lang').get(l) ?? 0]),
    'Begin by language',
  )
  const byMode = barChart(
    MODES.map((m) => [m, visits('mode').get(m) ?? 0]),
    'Begin by mode',
  )
  const tRows = [...completion(rows).entries()]
    .map(([id, t]) => {
      const share = t.started ? Math.round((t.ended / t.started) * 100) : 0
      return `<tr><td>${esc(id)}</td><td>${esc(t.cell)}</td><td>${t.started}</td><td>${t.ended}</td><td>${share} %</td><td>${t.left}</td><td>${tenthsChart(t.leftAt, `${id}: where visitors left it`)}</td></tr>`
    })
    .join('')
  const actions = barChart(
    /** @type {[string, number][]} */ ([
      ['Postcard printed', total.get('postcard-print') ?? 0],
      ['Postcard copied', total.get('postcard-copy') ?? 0],
      ['Shared', total.get('share') ?? 0],
      ['Opened Quick Look', total.get('quick-look') ?? 0],
      ['Asked a question', total.get('asked') ?? 0],
      ['Answered', total.get('answered') ?? 0],
      ['No recorded answer', total.get('no-answer') ?? 0],
    ]),
    'Other actions',
  )
  const dayHead = FUNNEL.map(([, label]) => `<th>${esc(label)}</th>`).join('')
  const dayRows = days
    .map((d) => {
      const t = sumBy(
        rows,
        (r) => r.event,
        (r) => r.day === d,
      )
      return `<tr><td>${d}</td>${FUNNEL.map(([e]) => `<td>${t.get(e) ?? 0}</td>`).join('')}</tr>`
    })
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>#PrisonersVoice counts, ${esc(period)}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:right;vertical-align:middle}td:first-child,th:first-child{text-align:left}svg text{fill:#222}</style>
</head><body>
<h1>#PrisonersVoice counts</h1>
<p>${esc(period)}. Each number counts moments, not people: nothing identifies a visitor, so one person who begins twice counts twice.</p>
<h2>From a visit to an action</h2>
${funnel}
<h2>Each testimony: started, heard to its end, and where it was left</h2>
<p>The small columns show how much of it (in tenths, 0–10) had been heard by those who left it.</p>
<table data-role="testimonies"><thead><tr><th>testimony</th><th>cell</th><th>started</th><th>to the end</th><th>share</th><th>left</th><th>left at (tenths)</th></tr></thead><tbody>${tRows}</tbody></table>
<h2>Begin, by language</h2>
${byLang}
<h2>Begin, by mode</h2>
${byMode}
<h2>Other actions</h2>
${actions}
<h2>Each day</h2>
<table data-role="days"><thead><tr><th>day</th>${dayHead}</tr></thead><tbody>${dayRows}</tbody></table>
</body></html>
`
}

/**
 * @param {string[]} argv
 * @returns {{ log: string, out: string }}
 */
function parseArgs(argv) {
  const at = argv.indexOf('--out')
  const out = at >= 0 ? argv[at + 1] : 'counts-out'
  const rest = argv.filter((_, i) => i !== at && i !== at + 1)
  if (rest.length !== 1 || !out) throw new Error('usage: npm run counts -- <counts log> [--out <folder>]')
  return { log: /** @type {string} */ (rest[0]), out }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { log, out } = parseArgs(process.argv.slice(2))
    const { rows, skipped } = countLog(readFileSync(log, 'utf8'))
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'counts.csv'), countsCsv(rows))
    writeFileSync(join(out, 'report.html'), reportPage(rows))
    console.log(`${join(out, 'counts.csv')} and ${join(out, 'report.html')}: ${rows.length} rows`)
    if (skipped) console.warn(`${skipped} lines of ${log} were not counts in the fixed shape and were left out`)
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
}
