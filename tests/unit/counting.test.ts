import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withCounting } from '../../build/counting'
import {
  addDayCount,
  COUNTS_CSV_HEADER,
  countKey,
  DAY_COUNTS_KEY,
  dayCountsCsv,
  eventTotals,
  pruneDays,
  readDayCounts,
} from '../../src/counting/day-counts'
import { COUNT_EVENTS, COUNT_MODES, countQuery, tenths, type CountEvent } from '../../src/counting/events'
import { countingFor } from '../../src/counting/policy'
import { beaconSender } from '../../src/counting/web'
import { readDeployment, readSiteSettings } from '../../src/state/deployment'
import { readRestarts, recordRestart, RESTARTS_KEPT, RESTARTS_KEY } from '../../src/kiosk/restarts'
import {
  completion,
  countLog,
  countsCsv,
  CSV_HEADER,
  EVENTS,
  FUNNEL,
  MODES,
  parseCountLine,
  reportPage,
  sumBy,
} from '../../scripts/counts/report.mjs'

/** Local storage as a kiosk's browser keeps it. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

const event = (more: Partial<CountEvent> = {}): CountEvent => ({
  event: 'cell',
  cell: 'sizo-cell',
  testimony: null,
  lang: 'uk',
  mode: 'screen',
  ...more,
})

describe('an event as sent', () => {
  it('carries the event, cell, testimony, language, mode and the tenths heard, and no other field', () => {
    const query = countQuery(event({ event: 'testimony-left', testimony: 'window', heard: 4 }))
    expect(query).toBe('e=testimony-left&c=sizo-cell&t=window&l=uk&m=screen&h=4')
    const fields = [...new URLSearchParams(query).keys()]
    expect(fields.every((f) => ['e', 'c', 't', 'l', 'm', 'h'].includes(f))).toBe(true)
    expect(countQuery(event({ event: 'visit', cell: null }))).toBe('e=visit&l=uk&m=screen')
  })

  it('leaves out an id that is not an id (a hostile manifest), and keeps the tenths within 0–10', () => {
    expect(countQuery(event({ cell: 'x&uid=123', testimony: 'Ab Cd' }))).toBe('e=cell&l=uk&m=screen')
    expect(countQuery(event({ heard: 14 }))).toContain('&h=10')
    expect(tenths(59, 60)).toBe(9)
    expect(tenths(60, 60)).toBe(10)
    expect(tenths(3, Number.NaN)).toBe(0)
  })

  it('goes by sendBeacon to the site’s own path with no body', () => {
    const calls: unknown[][] = []
    beaconSender({ sendBeacon: (...args: unknown[]) => (calls.push(args), true) }, '/')(event())
    expect(calls).toEqual([['/count?e=cell&c=sizo-cell&l=uk&m=screen']])
  })
})

describe('whether a page counts', () => {
  it('is off unless the site turned it on: no address can', () => {
    expect(readDeployment('?counting=1&counting=on').counting).toBe(false)
    expect(countingFor(readDeployment('?counting=1'), {})).toBeNull()
    const on = readSiteSettings({ querySelector: () => ({ getAttribute: () => 'on' }) as unknown as Element })
    expect(countingFor(readDeployment('', on), {})).toBe('web')
    expect(readSiteSettings({ querySelector: () => null }).counting).toBe(false)
  })

  it('never counts a browser that sends Global Privacy Control, on the web or on a device', () => {
    expect(countingFor({ mode: 'visitor', counting: true }, { globalPrivacyControl: true })).toBeNull()
    expect(countingFor({ mode: 'kiosk', counting: false }, { globalPrivacyControl: true })).toBeNull()
  })

  it('counts kiosks and exhibition headsets on the device, whatever the site says', () => {
    expect(countingFor({ mode: 'kiosk', counting: false }, {})).toBe('device')
    expect(countingFor({ mode: 'exhibition', counting: true }, {})).toBe('device')
  })

  it('reads the days kept and the staff code’s hash from a kiosk’s address, never the code itself', () => {
    const hash = 'a'.repeat(64)
    const d = readDeployment(`?mode=kiosk&keepDays=7&staff=${hash}`)
    expect([d.keepDays, d.staffCode]).toEqual([7, hash])
    const bad = readDeployment('?mode=kiosk&keepDays=0&staff=1234')
    expect([bad.keepDays, bad.staffCode]).toEqual([30, null])
    expect(bad.problems.join(' ')).toMatch(/keepDays=0.*staff: must be the SHA-256/)
    expect(bad.problems.join(' ')).not.toContain('1234')
  })

  it('is said on the built landing, before any script, only in the page built with counting on', () => {
    const html = readFileSync('index.html', 'utf8')
    const on = withCounting(html)
    const meta = /<meta name="([^"]+)" content="([^"]+)" \/>/.exec(on.replace(/<meta charset[^>]*>/, ''))
    const site = readSiteSettings({
      querySelector: (selector: string) =>
        meta && selector === `meta[name="${meta[1]}"]` ? ({ getAttribute: () => meta[2] } as unknown as Element) : null,
    })
    expect(site.counting).toBe(true)
    expect(on).toMatch(/<p class="landing-counting" data-role="counting-note">[^<]*tracks nobody[^<]*<\/p>\s*<label/)
    expect(html).not.toContain('pv-counting')
  })
})

describe('counts kept on a kiosk', () => {
  const at = (day: string) => new Date(`${day}T12:00:00`)

  it('adds each event to its day, kept across a restart (read again from the storage)', () => {
    const storage = new MemoryStorage()
    addDayCount(storage, event(), at('2026-12-01'), 30)
    addDayCount(storage, event(), at('2026-12-01'), 30)
    addDayCount(storage, event({ event: 'begin', cell: null, mode: 'kiosk' }), at('2026-12-02'), 30)
    const counts = readDayCounts(storage)
    expect(counts['2026-12-01']?.[countKey(event())]).toBe(2)
    expect(eventTotals(counts)).toEqual({ '2026-12-01': { cell: 2 }, '2026-12-02': { begin: 1 } })
  })

  it('forgets days older than the days the deployment keeps', () => {
    const storage = new MemoryStorage()
    addDayCount(storage, event(), at('2026-11-01'), 7)
    addDayCount(storage, event(), at('2026-11-25'), 7)
    addDayCount(storage, event(), at('2026-12-01'), 7)
    expect(Object.keys(readDayCounts(storage)).sort()).toEqual(['2026-11-25', '2026-12-01'])
    expect(Object.keys(pruneDays(readDayCounts(storage), at('2026-12-01'), 1))).toEqual(['2026-12-01'])
  })

  it('survives storage that holds something else, and writes the same CSV columns as the server’s counts', () => {
    const storage = new MemoryStorage()
    storage.setItem(DAY_COUNTS_KEY, 'not json')
    expect(readDayCounts(storage)).toEqual({})
    addDayCount(storage, event({ event: 'testimony-left', testimony: 'window', heard: 3 }), at('2026-12-01'), 30)
    expect(COUNTS_CSV_HEADER).toBe(CSV_HEADER)
    expect(dayCountsCsv(readDayCounts(storage))).toBe(
      `${CSV_HEADER}\n2026-12-01,testimony-left,sizo-cell,window,uk,screen,3,1\n`,
    )
  })

  it('keeps the watchdog’s last restarts and why', () => {
    const storage = new MemoryStorage()
    for (let i = 0; i < RESTARTS_KEPT + 5; i++)
      recordRestart(storage, { at: `2026-12-01T10:00:${i}`, reason: `error ${i}`, recovery: 'start-over' })
    const kept = readRestarts(storage)
    expect(kept).toHaveLength(RESTARTS_KEPT)
    expect(kept.at(-1)?.reason).toBe(`error ${RESTARTS_KEPT + 4}`)
    storage.setItem(RESTARTS_KEY, '{')
    expect(readRestarts(storage)).toEqual([])
  })
})

/** A day of traffic as nginx logs it: `day args`, with lines a hostile client sent among them. */
function generatedDay(): string {
  const lines: string[] = []
  const add = (n: number, args: string, day = '2026-12-01') => {
    for (let i = 0; i < n; i++) lines.push(`${day} ${args}`)
  }
  add(100, 'e=visit&l=uk&m=screen')
  add(20, 'e=visit&l=en&m=headset')
  add(60, 'e=begin&l=uk&m=screen')
  add(10, 'e=begin&l=de&m=ar')
  add(50, 'e=cell&c=sizo-cell&l=uk&m=screen')
  add(40, 'e=testimony-start&c=sizo-cell&t=window&l=uk&m=screen')
  add(25, 'e=testimony-end&c=sizo-cell&t=window&l=uk&m=screen&h=10')
  add(10, 'e=testimony-left&c=sizo-cell&t=window&l=uk&m=screen&h=2')
  add(5, 'e=testimony-left&c=sizo-cell&t=window&l=uk&m=screen&h=7')
  add(12, 'e=actions&c=sizo-cell&l=uk&m=screen')
  add(8, 'e=petition&c=sizo-cell&l=uk&m=screen')
  add(3, 'e=volunteer&l=pl&m=screen')
  add(4, 'e=letter&l=uk&m=screen')
  add(2, 'e=postcard-print&l=uk&m=screen')
  add(1, 'e=quick-look&c=sizo-cell&l=en&m=quick-look')
  add(7, 'e=visit&l=uk&m=screen', '2026-12-02')
  lines.push('2026-12-01 e=visit&l=uk&m=screen&uid=42', '2026-12-01 e=<script>&l=uk&m=screen', 'garbage')
  return lines.join('\n') + '\n'
}

describe('the report of the server’s counts (npm run counts)', () => {
  it('knows exactly the app’s events and modes', () => {
    expect(EVENTS).toEqual([...COUNT_EVENTS])
    expect(MODES).toEqual([...COUNT_MODES])
    expect(FUNNEL.every(([e]) => EVENTS.includes(e))).toBe(true)
  })

  it('counts a day of traffic per day and kind, leaving out lines that are not the fixed shape', () => {
    const { rows, skipped } = countLog(generatedDay())
    expect(skipped).toBe(3)
    const total = sumBy(rows, (r) => r.event)
    expect([total.get('visit'), total.get('begin'), total.get('petition')]).toEqual([127, 70, 8])
    expect(
      sumBy(
        rows,
        (r) => r.day,
        (r) => r.event === 'visit',
      ),
    ).toEqual(
      new Map([
        ['2026-12-01', 120],
        ['2026-12-02', 7],
      ]),
    )
    const window = completion(rows).get('window')
    expect(window).toMatchObject({ started: 40, ended: 25, left: 15 })
    expect(window?.leftAt[2]).toBe(10)
    expect(window?.leftAt[7]).toBe(5)
    expect(parseCountLine('2026-12-01 e=visit&l=xx&m=screen')).toBeNull()
  })

  it('writes the CSV and a self-contained page with the funnel, each testimony and the split', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pv-counts-'))
    writeFileSync(join(dir, 'counts.log'), generatedDay())
    const run = spawnSync(process.execPath, ['scripts/counts/report.mjs', join(dir, 'counts.log'), '--out', dir], {
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('3 lines')
    const csv = readFileSync(join(dir, 'counts.csv'), 'utf8')
    expect(csv).toBe(countsCsv(countLog(generatedDay()).rows))
    expect(csv.split('\n')[0]).toBe(CSV_HEADER)
    expect(csv).toContain('2026-12-01,visit,,,uk,screen,,100\n')
    const page = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(page).toBe(reportPage(countLog(generatedDay()).rows))
    // Nothing in it asks for anything: no script, no stylesheet or image by address.
    expect(page).not.toMatch(/<script|<link|src=|href=|url\(/i)
    expect(page).toContain("default-src 'none'")
    for (const [, label] of FUNNEL) expect(page).toContain(label)
    expect(page).toMatch(/<td>window<\/td><td>sizo-cell<\/td><td>40<\/td><td>25<\/td><td>63 %<\/td><td>15<\/td>/)
    expect(page).toContain('aria-label="Begin by language"')
    expect(page).not.toContain('<script>')
  })
})
