import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import fixture from '../fixtures/ask-phrasings.json'
import { VR_ASK, hudPoint } from '../../src/xr/vr-layout'
import { select, type V3 } from './controller'
import {
  begin,
  cues,
  demoCells,
  enterCell,
  foreignRequests,
  installEmulatedHeadset,
  newContext,
  openKiosk,
  readJson,
  recordRequests,
  root,
  useBrowser,
} from './harness'

const browser = useBrowser({ autoplay: true })
afterEach(async () => {
  for (const context of browser().contexts()) await context.close()
})

type Lang = 'en' | 'uk' | 'de' | 'pl'
const [sizo] = demoCells()
type Full = (typeof sizo.testimonies)[number] & { chapters: Record<string, string>; questions: string }
const testimonies = sizo.testimonies as Full[]

/** Where the part starts and ends, and the captions in `lang` a visitor can read while it plays. */
function part(testimony: string, n: number, lang: Lang) {
  const t = testimonies.find((x) => x.id === testimony) as Full
  const span = cues(t.chapters.en)[n]
  const lines = cues(t.captions[lang])
    .filter((c) => c.start < span.end && c.end > span.start)
    .map((c) => c.text)
  return { ...span, lines }
}

const voiceTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? -1)
const panel = (page: Page) => page.locator('[data-role="ask-panel"]')

async function openAsk(page: Page, tap = false): Promise<void> {
  const button = page.locator('[data-role="ask-open"]')
  if (tap) await button.tap()
  else {
    await button.focus()
    await page.keyboard.press('Enter')
  }
  await page.waitForSelector('[data-role="ask-panel"][data-ask="ready"]')
}

/** The part Ask named is what plays: its testimony, from the part's start, with one of its captions on screen. */
async function hearsPart(page: Page, testimony: string, n: number, lang: Lang): Promise<void> {
  const { start, end, lines } = part(testimony, n, lang)
  await expect.poll(() => panel(page).getAttribute('data-ask-part')).toBe(`${testimony}#${n}`)
  await expect.poll(() => root(page).getAttribute('data-playing')).toBe(testimony)
  await expect.poll(() => voiceTime(page)).toBeGreaterThanOrEqual(start - 0.05)
  expect(await voiceTime(page)).toBeLessThan(end)
  const caption = page.locator('[data-role="captions"] .caption-line')
  await expect.poll(() => caption.textContent(), { timeout: 15_000 }).toBeOneOf(lines)
  await expect(page.locator('[data-role="captions"]').getAttribute('lang')).resolves.toBe(lang)
  // and it speaks on
  const at = await voiceTime(page)
  await expect.poll(() => voiceTime(page)).toBeGreaterThan(at)
}

describe('Ask, on screen', () => {
  it('suggests questions reaching every testimony; one picked plays its part, says whose, and offers the whole', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await begin(page, 'en')
    await enterCell(page, sizo.id)
    await openAsk(page)
    const offered = page.locator('[data-role="ask-suggestions"] [data-ask-question]')
    const targets = await offered.evaluateAll((els) => els.map((e) => e.getAttribute('data-ask-question') ?? ''))
    expect(new Set(targets.map((t) => t.split('#')[0]))).toEqual(new Set(testimonies.map((t) => t.id)))
    const [testimony, n] = targets[1].split('#')
    // by keyboard, like the button that opened it
    await offered.nth(1).focus()
    await page.keyboard.press('Enter')
    await hearsPart(page, testimony, Number(n), 'en')
    const answer = await page.locator('[data-role="ask-answer"]').textContent()
    const title = cues((testimonies.find((t) => t.id === testimony) as Full).chapters.en)[Number(n)].text
    expect(answer).toContain(title)
    expect(answer).toMatch(/Demo voice \d — synthetic/)
    // The part ends where it ends: moved on to just before its end, the voice stops there, and the panel says so.
    const { end } = part(testimony, Number(n), 'en')
    await page.evaluate((t) => {
      document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!.currentTime = t
    }, end - 0.6)
    await page.waitForSelector('[data-role="ask-panel"][data-ask-ended]')
    await expect(page.locator('[data-role="ask-part-ended"]').textContent()).resolves.toBe(
      'That is where this part ends.',
    )
    expect(await voiceTime(page)).toBeGreaterThanOrEqual(end - 0.6)
    expect(await voiceTime(page)).toBeLessThan(end + 0.5)
    await expect(root(page).getAttribute('data-audio')).resolves.toMatch(/^(paused|ended)$/)
    // The whole testimony, from its beginning.
    await page.click('[data-role="ask-whole"]')
    await expect.poll(() => voiceTime(page)).toBeLessThan(part(testimony, Number(n), 'en').start)
    await expect.poll(() => root(page).getAttribute('data-playing')).toBe(testimony)
    await expect(page.locator('[data-role="ask-part-ended"]').count()).resolves.toBe(0)
    // Escape closes the panel and gives the focus back to Ask; the voice goes on.
    await page.keyboard.press('Escape')
    await expect.poll(() => panel(page).count()).toBe(0)
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('ask-open')
    await expect(root(page).getAttribute('data-playing')).resolves.toBe(testimony)
  })

  it.each(['uk', 'en', 'de', 'pl'] as const)(
    'answers a typed question in %s with the part that answers it',
    async (lang) => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
      await begin(page, lang)
      await enterCell(page, sizo.id)
      await openAsk(page)
      const asked = (fixture as Record<Lang, { cell: string; q: string; answer: [string, number] | null }[]>)[
        lang
      ].find((f) => f.cell === sizo.id && f.answer?.[0] === 'sizo-bunk' && f.answer[1] === 3)
      if (!asked?.answer) throw new Error(`no test phrasing for sizo-bunk in ${lang}`)
      await page.fill('[data-role="ask-input"]', asked.q)
      await page.press('[data-role="ask-input"]', 'Enter')
      await hearsPart(page, asked.answer[0], asked.answer[1], lang)
    },
  )

  it('says honestly there is no recorded answer, offers three that have one, and sends the question nowhere', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const requests = recordRequests(context)
    const page = await context.newPage()
    await begin(page, 'pl')
    await enterCell(page, sizo.id)
    await openAsk(page)
    const question = 'Jaki jest twój ulubiony kolor?'
    const before = requests.length
    await page.fill('[data-role="ask-input"]', question)
    await page.press('[data-role="ask-input"]', 'Enter')
    await page.waitForSelector('[data-role="ask-panel"][data-ask="none"]')
    await expect(page.locator('[data-role="ask-no-answer"]').textContent()).resolves.toContain(
      'nie ma nagranej odpowiedzi',
    )
    await expect(root(page).getAttribute('data-playing')).resolves.toBeFalsy()
    const instead = page.locator('[data-role="ask-instead"] [data-ask-question]')
    await expect(instead.count()).resolves.toBe(3)
    const targets = await instead.evaluateAll((els) => els.map((e) => e.getAttribute('data-ask-question') ?? ''))
    expect(new Set(targets.map((t) => t.split('#')[0])).size).toBe(3)
    // Asking asked nothing of anyone: no request names the question (the room may still be fetching its own files),
    // and none went to another host.
    const named = requests.slice(before).filter((u) => /kolor|ulubiony/i.test(decodeURIComponent(u)))
    expect(named).toEqual([])
    expect(foreignRequests(requests)).toEqual([])
    // One of the three is answered by its part.
    await instead.nth(2).click()
    const [testimony, n] = targets[2].split('#')
    await hearsPart(page, testimony, Number(n), 'pl')
    expect(requests.some((u) => /kolor|ulubiony/i.test(decodeURIComponent(u)))).toBe(false)
  })
})

describe('Ask in a headset', () => {
  const said = (page: Page) =>
    page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrAsk ?? '')

  it('an Ask button opens the suggested questions as a panel; one selected plays its part and the panel names it', async () => {
    const context = await newContext(browser(), { viewport: { width: 1024, height: 700 } })
    await installEmulatedHeadset(context)
    const requests = recordRequests(context)
    const page = await context.newPage()
    await begin(page, 'en')
    await enterCell(page, sizo.id)
    await page.click('[data-role="enter-vr"]')
    await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
    await page.waitForSelector('canvas[data-role="scene"][data-vr-text]')
    // Nothing of Ask is fetched until it is opened.
    expect(requests.filter((u) => u.includes('/content/questions/'))).toEqual([])
    const head = await page.evaluate(() => {
      const p = (window as unknown as { __xrDevice: { position: { x: number; y: number; z: number } } }).__xrDevice
        .position
      return [p.x, p.y, p.z] as V3
    })
    const hand: V3 = [-0.15, 1.25, -0.25]
    await select(
      page,
      hand,
      hudPoint(head, VR_ASK.button.x, VR_ASK.button.y),
      'canvas[data-role="scene"][data-vr-ask-questions]',
    )
    await expect.poll(() => said(page)).toContain('Pick a question')
    const targets = await page.evaluate(
      () =>
        document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrAskQuestions?.split(' ') ??
        [],
    )
    // every testimony of the cell can be reached from the panel
    expect(new Set(targets.map((t) => t.split('#')[0]))).toEqual(new Set(testimonies.map((t) => t.id)))
    const [testimony, n] = targets[1].split('#')
    const { start, end, text: title } = part(testimony, Number(n), 'en')
    await select(page, hand, hudPoint(head, VR_ASK.x, VR_ASK.questionsTop - VR_ASK.step), null)
    await expect.poll(() => root(page).getAttribute('data-playing')).toBe(testimony)
    await expect.poll(() => voiceTime(page)).toBeGreaterThanOrEqual(start - 0.05)
    expect(await voiceTime(page)).toBeLessThan(end)
    // the panel says whose voice it is and which part
    await expect.poll(() => said(page)).toContain(`“${title}”`)
    expect(await said(page)).toMatch(/You are hearing Demo voice \d — synthetic/)
    // every question is shown whole, none cut off
    await expect(
      page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrTextCut),
    ).resolves.toBeUndefined()
    // and the voice speaks on
    const at = await voiceTime(page)
    await expect.poll(() => voiceTime(page)).toBeGreaterThan(at)
  })
})

describe('Ask at a kiosk', () => {
  it('offers the questions as large targets and no typing, and a tap plays the part', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await openKiosk(context, 'lang=uk&idle=600&countdown=20&offline=0', { clock: false })
    await page.locator('[data-start-lang="uk"]').tap()
    await page.waitForSelector('#root[data-phase="cells"]')
    await page.locator(`[data-enter-cell="${sizo.id}"]`).tap()
    await page.waitForSelector('canvas[data-role="scene"]')
    await openAsk(page, true)
    await expect(page.locator('[data-role="ask-input"]').count()).resolves.toBe(0)
    const offered = page.locator('[data-role="ask-suggestions"] [data-ask-question]')
    expect(await offered.count()).toBeGreaterThanOrEqual(testimonies.length)
    for (const box of await offered.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44)
    const close = await page.locator('[data-role="ask-close"]').boundingBox()
    expect(close?.height).toBeGreaterThanOrEqual(44)
    const [testimony, n] = ((await offered.nth(0).getAttribute('data-ask-question')) ?? '').split('#')
    await offered.nth(0).tap()
    await hearsPart(page, testimony, Number(n), 'uk')
  })
})

// The questions files are content: a broken one is named, and the testimonies still play from the list.
describe('Ask with a broken questions file', () => {
  it('names the file', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    const file = readJson<{ testimonies: Full[] }>(`content/cells/${sizo.id}.json`).testimonies[1].questions
    await page.route(`**/${file}`, (r) => r.fulfill({ status: 200, body: '{"demo": true, "questions": []}' }))
    await begin(page, 'en')
    await enterCell(page, sizo.id)
    await page.click('[data-role="ask-open"]')
    await expect.poll(() => page.locator('[data-role="ask-problem"]').textContent()).toContain(file)
  })
})
