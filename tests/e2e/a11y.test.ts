import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  begin,
  demoCells,
  enterCell,
  frames,
  newContext,
  openKiosk,
  pauseClock,
  roomTexturesIn,
  root,
  settle,
  useBrowser,
} from './harness'

// Autoplay: these tests are about what is seen and heard while a testimony plays, not about the audio unlock.
const browser = useBrowser({ autoplay: true })
const [cell] = demoCells()
const testimony = cell.testimonies[0].id

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

/**
 * The contrast of an element's (light) text against the worst tenth of what is rendered behind it: the text is made
 * transparent, the boxes its lines occupy are photographed, and the brightest tenth of those pixels is the backdrop.
 */
async function worstTenthContrast(page: Page, selector: string): Promise<number> {
  const { colour, rects } = await page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel)
    if (!el) throw new Error(`${sel} is not on the page`)
    const colour = getComputedStyle(el).color
    const rects = [...el.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
    return { colour, rects }
  }, selector)
  const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number)
  const text = luminance(r!, g!, b!)
  const style = await page.addStyleTag({
    content: `${selector}, ${selector} * { color: transparent !important; text-shadow: none !important; }`,
  })
  await frames(page, 2)
  const lums: number[] = []
  for (const rect of rects) {
    if (rect.width < 1 || rect.height < 1) continue
    const png = PNG.sync.read(await page.screenshot({ clip: rect }))
    for (let i = 0; i < png.data.length; i += 4) lums.push(luminance(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!))
  }
  await style.evaluate((el) => (el as Element).remove())
  lums.sort((a, b) => a - b)
  const worst = lums[Math.floor(lums.length * 0.9)]!
  return contrast(text, worst)
}

async function roomDrawn(page: Page) {
  await page.waitForFunction(
    () => Number(document.querySelector<HTMLElement>('canvas[data-role="scene"]')?.dataset.drawCalls) > 3,
  )
  await roomTexturesIn(page)
  await frames(page, 10)
}

async function playFirst(page: Page) {
  const marker = page.locator(`[data-testimony="${testimony}"]`)
  await marker.waitFor()
  await marker.click()
  await page.waitForSelector(`#root[data-playing="${testimony}"]`)
  // Speaking, not still waiting for its data: a waiting voice's marker shows a still ring instead of its pulse.
  await page.waitForSelector('#root[data-audio="playing"]')
  await page.waitForSelector('.caption-line')
}

const TEXT_OVER_THE_ROOM = ['.caption-line', '.cell-title', `[data-testimony="${testimony}"] .marker-label`]

/**
 * Inside the cell with a testimony paused on a caption, the room drawn: everything that sits over the 3D view. The
 * look hint, which goes at the first tap, is measured before it: `hint` is its contrast.
 */
async function captionOverTheRoom(viewport: { width: number; height: number }) {
  // The test's own style rule (transparent text) needs the page's CSP set aside.
  const context = await newContext(browser(), { viewport, bypassCSP: true })
  const page = await context.newPage()
  await begin(page, 'en', '?stats')
  await enterCell(page, cell.id)
  await roomDrawn(page)
  const hint = Math.round((await worstTenthContrast(page, '.look-hint')) * 10) / 10
  await playFirst(page)
  await page.click('[data-role="pause"]')
  await page.waitForSelector('#root[data-audio="paused"]')
  return { page, hint }
}

async function expectReadable(page: Page, where: string, hint: number) {
  const ratios: Record<string, number> = { '.look-hint': hint }
  for (const selector of TEXT_OVER_THE_ROOM)
    ratios[selector] = Math.round((await worstTenthContrast(page, selector)) * 10) / 10
  console.log(`contrast ${where}:`, ratios)
  for (const [selector, ratio] of Object.entries(ratios)) expect(ratio, selector).toBeGreaterThanOrEqual(4.5)
}

describe('text over the 3D view', () => {
  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])('reads at 4.5:1 or more against the worst tenth of the room behind it at $width×$height', async (viewport) => {
    const { page, hint } = await captionOverTheRoom(viewport)
    await expectReadable(page, `at ${viewport.width}×${viewport.height} over the room`, hint)
  })
})

describe('forced colours (high contrast)', () => {
  it('keeps buttons, markers, the focus ring and captions visible', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.emulateMedia({ forcedColors: 'active' })
    await begin(page, 'en')
    await enterCell(page, cell.id)
    await playFirst(page)
    await page.click('[data-role="pause"]')
    await page.waitForSelector('#root[data-audio="paused"]')
    await expect(page.evaluate(() => matchMedia('(forced-colors: active)').matches)).resolves.toBe(true)
    // The focus ring on a marker, reached from the keyboard.
    await page.locator(`[data-testimony="${testimony}"]`).focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    const seen = await page.evaluate(() => {
      const same = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '')
      const visible = (el: Element) =>
        el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden'
      const problems: string[] = []
      for (const b of document.querySelectorAll('button, summary, select')) {
        if (!visible(b)) continue
        const s = getComputedStyle(b)
        const edge = parseFloat(s.borderTopWidth) > 0 && !same(s.borderTopColor, s.backgroundColor)
        if (!edge && b.tagName !== 'SUMMARY') problems.push(`button without a visible edge: ${b.textContent}`)
        if (same(s.color, s.backgroundColor)) problems.push(`text the colour of its ground: ${b.textContent}`)
      }
      for (const dot of document.querySelectorAll('.marker-dot')) {
        const button = dot.closest('button')!
        if (!visible(button)) continue
        const d = getComputedStyle(dot).backgroundColor
        if (same(d, getComputedStyle(button).backgroundColor) || d === 'rgba(0, 0, 0, 0)')
          problems.push(`marker dot invisible: ${button.dataset.testimony}`)
      }
      const focused = document.activeElement as HTMLElement
      const f = getComputedStyle(focused)
      if (f.outlineStyle === 'none' || parseFloat(f.outlineWidth) < 2 || same(f.outlineColor, f.backgroundColor))
        problems.push(`no focus ring on ${focused.outerHTML.slice(0, 60)}`)
      const line = document.querySelector('.caption-line')
      if (!line) problems.push('no caption')
      else {
        const c = getComputedStyle(line)
        if (same(c.color, c.backgroundColor)) problems.push('caption text the colour of its ground')
      }
      return { problems, focused: focused.dataset.testimony ?? focused.tagName }
    })
    expect(seen.problems).toEqual([])
    expect(seen.focused).toBe(testimony)
  })
})

/** Pixels that differ between two screenshots of the same size. */
function changedPixels(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a)
  const y = PNG.sync.read(b)
  let n = 0
  for (let i = 0; i < x.data.length; i += 4)
    if (
      Math.abs(x.data[i]! - y.data[i]!) +
        Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
        Math.abs(x.data[i + 2]! - y.data[i + 2]!) >
      24
    )
      n++
  return n
}

/** Frames the scene has drawn (`?stats`): a view that stands still is not drawn every animation frame. */
const drawn = async (page: Page) => Number(await page.locator('canvas[data-role="scene"]').getAttribute('data-draws'))

/**
 * Screenshots of the region around the playing marker's 3D spot, with the page's overlays hidden, each after the
 * scene was drawn again at least twice: a busy machine draws decorative motion less often, never not at all.
 */
async function markerShots(page: Page): Promise<Buffer[]> {
  const box = await page.locator(`[data-testimony="${testimony}"] .marker-dot`).boundingBox()
  await page.addStyleTag({
    content: '.marker-layer, .hud-top, .hud-bottom, .demo-banner { visibility: hidden !important }',
  })
  const clip = { x: box!.x - 50, y: box!.y - 50, width: 100 + box!.width, height: 100 + box!.height }
  const shots: Buffer[] = []
  for (let i = 0; i < 4; i++) {
    const before = await drawn(page)
    await page.waitForFunction(
      (n) => Number(document.querySelector<HTMLElement>('canvas[data-role="scene"]')?.dataset.draws) >= n,
      before + 2,
    )
    await frames(page, 1)
    shots.push(await page.screenshot({ clip }))
  }
  return shots
}

describe('reduced motion', () => {
  it.each([
    ['moves (the test sees motion)', 'no-preference'],
    ['holds still', 'reduce'],
  ] as const)('without it the playing marker pulses; with it nothing %s', async (_what, reducedMotion) => {
    const context = await newContext(browser(), {
      viewport: { width: 1280, height: 800 },
      reducedMotion,
      bypassCSP: true,
    })
    const page = await context.newPage()
    await begin(page, 'en', '?stats')
    await enterCell(page, cell.id)
    await roomDrawn(page)
    await playFirst(page)
    const shots = await markerShots(page)
    const moved = shots.slice(1).map((s, i) => changedPixels(shots[i]!, s))
    // CSS animations and transitions running on the page.
    const animations = await page.evaluate(
      () => document.getAnimations().filter((a) => a.playState === 'running').length,
    )
    if (reducedMotion === 'reduce') {
      expect(moved).toEqual([0, 0, 0])
      expect(animations).toBe(0)
    } else expect(Math.max(...moved)).toBeGreaterThan(20)
  })

  it('holds the kiosk attract screen still: its view, its buttons, and the cell it shows', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' })
    // Requests still under way: a cell the screen moved on to would be fetching its model and textures.
    let inFlight = 0
    context.on('request', () => inFlight++)
    context.on('requestfinished', () => inFlight--)
    context.on('requestfailed', () => inFlight--)
    const page = await openKiosk(context, 'lang=en&offline=0&stats')
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('canvas[data-role="attract-scene"]')?.dataset.drawCalls) > 3,
    )
    await roomTexturesIn(page, 'attract-scene')
    // From here the page's time moves only with the test: two seconds of frames, all inside one cell's turn. The
    // canvas keeps its last frame (`stats`), so it is read without waiting for a frame the paused clock withholds.
    const drawn = () => page.evaluate(() => document.querySelector('canvas')!.toDataURL())
    await pauseClock(page, 1000)
    await page.clock.runFor(1000)
    const a = await drawn()
    await page.clock.runFor(2000)
    const b = await drawn()
    expect(a === b).toBe(true)
    // Past a cell's turn on the attract screen (30 s): the same cell stays, drawn once anything it asked for is in.
    await page.clock.fastForward(65_000)
    await settle(page)
    await page.clock.runFor(1000)
    await expect.poll(() => inFlight).toBe(0)
    await page.clock.runFor(1000)
    await expect.poll(() => inFlight).toBe(0)
    expect((await drawn()) === a).toBe(true)
    await expect(
      page.evaluate(() => document.getAnimations().filter((x) => x.playState === 'running').length),
    ).resolves.toBe(0)
  })
})

describe('screen readers', () => {
  it('hear the cell when entered, where each marker is and its content note, and playback changes once each', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await begin(page, 'en')
    // Everything the live region says, in order, from the moment the cell opens.
    await page.evaluate(() => {
      const w = window as unknown as { __said: string[] }
      w.__said = []
      new MutationObserver(() => {
        const text = document.querySelector('[data-role="announcer"]')?.textContent ?? ''
        if (text && w.__said.at(-1) !== text) w.__said.push(text)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    const said = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said)
    await enterCell(page, cell.id)
    await expect.poll(said).toEqual([expect.stringMatching(/^You are in .+\. .+/) as string])

    const names = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-testimony]')].map((b) => [
          b.dataset.testimony,
          b.getAttribute('aria-label'),
        ]),
      ),
    )
    expect(names).toEqual({
      'sizo-window': 'The window, ahead. Describes conditions of detention: damp, cold and isolation.',
      'sizo-bunk':
        'The bunks, ahead and to the left. Mentions overcrowding, sleep deprivation and illness without medical help.',
      'sizo-door':
        'The door, behind and to the right. Mentions interrogations, beatings and threats against relatives.',
    })

    await playFirst(page)
    await page.waitForSelector('#root[data-audio="playing"]')
    const caption = await page.locator('.caption-line').textContent()
    await page.click('[data-role="pause"]')
    await page.waitForSelector('#root[data-audio="paused"]')
    await page.click('[data-role="resume"]')
    await page.waitForSelector('#root[data-audio="playing"]')
    // To the last seconds of the recording, then its end.
    await page.evaluate(() => {
      const audio = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!
      audio.currentTime = audio.duration - 0.3
    })
    await page.waitForSelector('#root[data-audio="ended"]')
    await expect
      .poll(said)
      .toEqual([
        expect.stringMatching(/^You are in /) as string,
        'Playing: The window',
        'Paused: The window',
        'Playing: The window',
        'Finished: The window',
      ])
    // The captions are in no live region: a screen reader would read the stream over the voice.
    const live = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')].map(
        (e) => e.textContent ?? '',
      ),
    )
    expect(live.some((text) => caption && text.includes(caption))).toBe(false)
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
  })
})
