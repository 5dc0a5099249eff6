import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withCounting } from '../../build/counting'
import { COUNT_EVENTS } from '../../src/counting/events'
import { cspViolations, demoCells, enterCell, newContext, readJson, useBrowser, watchCsp } from './harness'
import { hasNginx, startNginx } from './nginx'

const browser = useBrowser({ autoplay: true })
const letters = readJson<{ recipients: { id: string }[]; phrases: { id: string }[] }>('content/letters.json')

if (!hasNginx && process.env.CI) throw new Error('nginx is missing in CI: .ci/run must install it')

/** `dist/` as `PV_COUNTING=1 npm run build` writes it: the same files, the page with the setting (build/counting.ts). */
function builtWithCounting(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pv-counting-dist-'))
  for (const name of readdirSync('dist')) if (name !== 'index.html') symlinkSync(resolve('dist', name), join(dir, name))
  writeFileSync(join(dir, 'index.html'), withCounting(readFileSync('dist/index.html', 'utf8')))
  return dir
}

/** The fixed shape, and nothing else: the day, then the fields of one event. */
const LINE = /^\d{4}-\d\d-\d\d e=[a-z-]+(&c=[a-z0-9-]+)?(&t=[a-z0-9-]+)?&l=(uk|en|de|pl)&m=[a-z-]+(&h=(10|\d))?$/

/** A context that follows no link off the site (the demo's petition is a placeholder), prints nothing, copies. */
async function visitorContext(): Promise<BrowserContext> {
  const context = await newContext(browser(), { viewport: { width: 1280, height: 900 } })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await watchCsp(context)
  await context.addInitScript(() => {
    window.print = () => undefined
    // As iOS Safari answers (AR Quick Look), and the package is not opened: the tap is what counts.
    const supports = DOMTokenList.prototype.supports
    DOMTokenList.prototype.supports = function (token: string) {
      return token === 'ar' || supports.call(this, token)
    }
    document.addEventListener('click', (e) => {
      if ((e.target as Element | null)?.closest?.('a[rel="ar"]')) e.preventDefault()
    })
  })
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
  return context
}

/** Plays a testimony from the cell's list (some stand behind the visitor's start view). */
async function play(page: Page, id: string): Promise<void> {
  const item = page.locator(`[data-testimony-item="${id}"]`)
  if (!(await item.isVisible())) await page.locator('.testimony-list summary').click()
  await item.click()
  await page.waitForSelector(`#root[data-playing="${id}"]`)
}

/**
 * Everything the issue counts, done once by a visitor: Begin, a cell, a testimony to its end, one left part-way, two
 * questions in Ask, Share, Quick Look, Take action, the petition and volunteer links, the letter page, a postcard printed and copied.
 */
async function fullVisit(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('#root[data-app="ready"]')
  await page.click('[data-role="begin"]')
  await page.waitForSelector('#root[data-phase="cells"]')
  const cell = demoCells().find((c) => c.testimonies.length >= 2)!
  const [first, second] = [cell.testimonies[0]!, cell.testimonies[1]!]
  await enterCell(page, cell.id)

  await play(page, first.id)
  // To its end: from half a second before it (the player counts a seek as heard).
  await page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('[data-role="testimony-audio"]')!
    audio.currentTime = audio.duration - 0.5
  })
  await page.waitForSelector('#root[data-audio="ended"]')
  await play(page, second.id)
  // Held a little under half-way (paused first: a busy machine would let it play on into the next tenth).
  await page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('[data-role="testimony-audio"]')!
    audio.pause()
    audio.currentTime = audio.duration * 0.45
  })
  await page.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('[data-role="testimony-audio"]')!
    return !audio.seeking && audio.currentTime > audio.duration * 0.4
  })
  // Left part-way: another voice chosen.
  await play(page, first.id)

  // Ask: a suggested question, answered by a part of the voice that plays, and a typed one with no recorded answer.
  await page.click('[data-role="ask-open"]')
  await page.waitForSelector('[data-role="ask-panel"][data-ask="ready"]')
  await page.locator('[data-role="ask-suggestions"] [data-ask-question]').first().click()
  await page.waitForSelector('[data-role="ask-panel"][data-ask="answer"]')
  await page.fill('[data-role="ask-input"]', 'What is your favourite colour?')
  await page.press('[data-role="ask-input"]', 'Enter')
  await page.waitForSelector('[data-role="ask-panel"][data-ask="none"]')
  await page.keyboard.press('Escape')
  await page.waitForSelector('[data-role="ask-panel"]', { state: 'detached' })

  await page.click('[data-role="share"]')
  await page.click('[data-role="view-in-room"]')
  await page.click('[data-role="quick-look-link"]')
  await page.keyboard.press('Escape')

  await page.click('[data-role="take-action"]')
  for (const action of ['petition', 'volunteer']) {
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.click(`[data-action="${action}"]`)])
    await tab.close()
  }
  await page.click('[data-role="write-letter"]')
  await page.waitForSelector('#root[data-phase="letter"]')
  await page.selectOption('[data-role="recipient"]', letters.recipients[0]!.id)
  await page.check(`[data-phrase="${letters.phrases[0]!.id}"]`)
  await page.click('[data-role="print"]')
  await page.click('[data-role="copy"]')
}

describe.runIf(hasNginx)('counting, served by nginx with deploy/nginx', () => {
  let on: Awaited<ReturnType<typeof startNginx>>
  let off: Awaited<ReturnType<typeof startNginx>>
  beforeAll(async () => {
    on = await startNginx(builtWithCounting())
    off = await startNginx()
  })
  afterAll(async () => {
    await on?.stop()
    await off?.stop()
  })

  it('off, as shipped: the same visit sends nothing, and the landing says nothing of counting', async () => {
    const context = await visitorContext()
    const beacons: string[] = []
    context.on('request', (r) => r.url().includes('/count') && beacons.push(r.url()))
    const page = await context.newPage()
    await fullVisit(page, off.url)
    await page.goto('about:blank')
    expect(beacons).toEqual([])
    expect(readFileSync(off.countsLog, 'utf8')).toBe('')
    const landing = await context.newPage()
    await landing.goto(off.url)
    await landing.waitForSelector('#root[data-app="ready"]')
    await expect(landing.locator('[data-role="counting-note"]').count()).resolves.toBe(0)
  })

  it('on: each event arrives in the fixed shape, with no body, cookie or referrer, logged without address or browser', async () => {
    const context = await visitorContext()
    const beacons: Request[] = []
    context.on('request', (r) => r.url().includes('/count') && beacons.push(r))
    const page = await context.newPage()
    // The landing says it, in the page as served, before the app's script has run.
    const html = await (await fetch(on.url)).text()
    expect(html).toContain('data-role="counting-note"')
    await fullVisit(page, on.url)
    await expect(page.locator('[data-role="counting-note"]').count()).resolves.toBe(0)

    const expected = [
      'visit',
      'begin',
      'cell',
      'testimony-start',
      'testimony-end',
      'testimony-left',
      'asked',
      'answered',
      'no-answer',
      'share',
      'quick-look',
      'actions',
      'petition',
      'volunteer',
      'letter',
      'postcard-print',
      'postcard-copy',
    ]
    const logged = () =>
      readFileSync(on.countsLog, 'utf8')
        .split('\n')
        .filter((l) => l)
    await expect
      .poll(() => new Set(logged().map((l) => /e=([a-z-]+)/.exec(l)?.[1])), { timeout: 20_000 })
      .toEqual(new Set(expected))
    const lines = logged()
    for (const line of lines) expect(line).toMatch(LINE)
    expect(lines.join('\n')).not.toMatch(/127\.0\.0\.1|Mozilla|Chrome|HeadlessChrome/)
    const cell = demoCells().find((c) => c.testimonies.length >= 2)!
    const [first, second] = [cell.testimonies[0]!, cell.testimonies[1]!]
    expect(lines).toContain(`${lines[0]!.slice(0, 10)} e=testimony-end&c=${cell.id}&t=${first.id}&l=en&m=screen&h=10`)
    // Left a little under half-way: four tenths heard.
    expect(
      lines.map((l) => l.slice(11)).filter((l) => l.startsWith(`e=testimony-left&c=${cell.id}&t=${second.id}&`)),
    ).toEqual([`e=testimony-left&c=${cell.id}&t=${second.id}&l=en&m=screen&h=4`])
    expect(lines.map((l) => l.slice(11))).toContain(`e=quick-look&c=${cell.id}&l=en&m=quick-look`)
    // Two questions asked; the one answered names the testimony whose part played, and no line holds what was typed.
    expect(lines.filter((l) => l.includes('e=asked&'))).toHaveLength(2)
    expect(lines.map((l) => l.slice(11))).toContain(`e=answered&c=${cell.id}&t=${first.id}&l=en&m=screen`)
    expect(lines.join('\n')).not.toMatch(/colour|favourite/i)
    expect(COUNT_EVENTS).toEqual(expect.arrayContaining(expected))

    for (const beacon of beacons) {
      expect(beacon.method()).toBe('POST')
      expect(beacon.postData() ?? '').toBe('')
      const headers = await beacon.allHeaders()
      expect(headers.referer).toBeUndefined()
      expect(headers.cookie).toBeUndefined()
      expect(new URL(beacon.url()).origin).toBe(new URL(on.url).origin)
      const response = await beacon.response()
      if (response) expect(response.status()).toBe(204)
    }
    // The ordinary access log never holds the path, with an address or without.
    expect(readFileSync(on.accessLog, 'utf8')).not.toContain('/count')
    expect(readFileSync(on.accessLog, 'utf8')).toContain('GET / ')
    await expect(cspViolations(page)).resolves.toEqual([])
    // Nothing was kept in the browser for it (the visitor's language is the app's own, kept before counting existed).
    await expect(page.evaluate(() => [document.cookie, Object.keys(localStorage)])).resolves.toEqual([
      '',
      ['prisonersvoice.lang'],
    ])
  })

  it('on, with Global Privacy Control: nothing is sent', async () => {
    const context = await visitorContext()
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { value: true }),
    )
    const beacons: string[] = []
    context.on('request', (r) => r.url().includes('/count') && beacons.push(r.url()))
    const page = await context.newPage()
    await page.goto(on.url)
    await page.waitForSelector('#root[data-app="ready"]')
    await page.click('[data-role="begin"]')
    await page.waitForSelector('#root[data-phase="cells"]')
    await enterCell(page, demoCells()[0]!.id)
    await page.click('[data-role="take-action"]')
    await page.goto('about:blank')
    expect(beacons).toEqual([])
  })

  it('answers the path with 204 and logs only the fixed shape', async () => {
    const before = readFileSync(on.countsLog, 'utf8')
    for (const query of ['e=visit&l=en&m=screen', 'e=visit&l=en&m=screen&uid=42', 'e=visit&l=en&m=screen&x=<b>'])
      expect((await fetch(`${on.url}count?${query}`, { method: 'POST' })).status).toBe(204)
    const added = readFileSync(on.countsLog, 'utf8').slice(before.length).split('\n').filter(Boolean)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatch(/^\d{4}-\d\d-\d\d e=visit&l=en&m=screen$/)
  })
})
