import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseURL, demoCells, useBrowser } from './harness'

// Many cycles, each with a trigger-free marker click; this test is about memory, not the audio unlock.
const browser = useBrowser({ autoplay: true })
const CYCLES = Number(process.env.ENDURANCE_CYCLES ?? 200)
const cells = demoCells()

/**
 * Counts what a kiosk could leak, alive after a full garbage collection: media elements, Web Audio nodes and
 * WebGL contexts (weak references, so counting keeps nothing alive).
 */
function instrument() {
  const w = window as unknown as { __live: () => Record<string, number>; __refs: Record<string, WeakRef<object>[]> }
  const refs: Record<string, WeakRef<object>[]> = { media: [], audioNodes: [], webgl: [] }
  w.__refs = refs
  const track = (kind: string, value: unknown) => {
    if (value && typeof value === 'object') refs[kind].push(new WeakRef(value))
    return value
  }
  const proto = BaseAudioContext.prototype as unknown as Record<string, unknown>
  for (const name of Object.getOwnPropertyNames(BaseAudioContext.prototype)) {
    if (!name.startsWith('create') || name === 'createBuffer' || name === 'createPeriodicWave') continue
    const original = proto[name] as (...args: unknown[]) => unknown
    proto[name] = function (this: unknown, ...args: unknown[]) {
      return track('audioNodes', original.apply(this, args))
    }
  }
  const createMediaElementSource = AudioContext.prototype.createMediaElementSource
  AudioContext.prototype.createMediaElementSource = function (el) {
    return track('audioNodes', createMediaElementSource.call(this, el)) as MediaElementAudioSourceNode
  }
  const createElement = Document.prototype.createElement
  Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    const el = createElement.call(this, tag, options)
    if (el instanceof HTMLMediaElement) track('media', el)
    return el
  } as typeof Document.prototype.createElement
  const OriginalAudio = window.Audio
  window.Audio = function (src?: string) {
    return track('media', new OriginalAudio(src))
  } as unknown as typeof Audio
  const getContext = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, options?: unknown) {
    const ctx = getContext.call(this, id, options) as unknown
    if (/webgl/.test(id)) track('webgl', ctx)
    return ctx
  } as typeof HTMLCanvasElement.prototype.getContext
  w.__live = () => {
    const alive = (kind: string) => refs[kind].filter((r) => r.deref() !== undefined)
    for (const kind of Object.keys(refs)) refs[kind] = alive(kind)
    return {
      mediaElements: refs.media.length,
      audioNodes: refs.audioNodes.length,
      webglContexts: refs.webgl.filter((r) => !(r.deref() as WebGLRenderingContext).isContextLost()).length,
    }
  }
}

interface Sample {
  cycle: number
  heapKB: number
  mediaElements: number
  audioNodes: number
  webglContexts: number
  geometries: number
  textures: number
}

async function sample(page: Page, cdp: CDPSession, cycle: number): Promise<Sample> {
  // Twice, with a pause between: weak references clear only after the collection and a turn of the event loop.
  await cdp.send('HeapProfiler.collectGarbage')
  await page.waitForTimeout(100)
  await cdp.send('HeapProfiler.collectGarbage')
  const live = await page.evaluate(() => (window as unknown as { __live: () => Record<string, number> }).__live())
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const canvas = await page.locator('canvas[data-role="attract-scene"]').evaluate((el) => ({ ...el.dataset }))
  return {
    cycle,
    heapKB: Math.round(usedSize / 1024),
    mediaElements: live.mediaElements,
    audioNodes: live.audioNodes,
    webglContexts: live.webglContexts,
    geometries: Number(canvas.geometries),
    textures: Number(canvas.textures),
  }
}

/** The attract screen with its cell drawn: the point of each cycle where counts are compared. */
async function atAttract(page: Page) {
  await page.waitForSelector('#root[data-phase="attract"]')
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLCanvasElement>('canvas[data-role="attract-scene"]')
    return Number(el?.dataset.triangles ?? 0) > 1000
  })
}

describe('a kiosk running for weeks', () => {
  it(`goes attract → cell → testimony → idle reset ${CYCLES} times and returns to its baseline`, async () => {
    const context = await browser().newContext({ viewport: { width: 480, height: 360 } })
    await context.addInitScript(instrument)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const cdp = await context.newCDPSession(page)
    await page.goto(`${baseURL()}?mode=kiosk&idle=0.2&countdown=0.2&stats&offline=0`)

    const samples: Sample[] = []
    for (let cycle = 0; cycle <= CYCLES; cycle++) {
      await atAttract(page)
      if (cycle === 1 || cycle === CYCLES || cycle % 50 === 0) samples.push(await sample(page, cdp, cycle))
      if (cycle === CYCLES) break
      const cell = cells[cycle % cells.length]
      const testimony = cell.testimonies[cycle % cell.testimonies.length]
      await page.click('[data-start-lang="en"]')
      await page.click(`[data-enter-cell="${cell.id}"]`)
      await page.waitForFunction(() => {
        const el = document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')
        return Number(el?.dataset.triangles ?? 0) > 1000
      })
      await page.click(`[data-testimony="${testimony.id}"]`)
      await page.waitForSelector(`#root[data-playing="${testimony.id}"]`)
      // Paused, the kiosk's short quiet time and countdown run out and it starts over by itself.
      await page.keyboard.press('Escape')
    }
    console.log(
      `Endurance, ${CYCLES} cycles (cycle 1 is the baseline, after the first visit warmed everything up):\n` +
        samples.map((s) => JSON.stringify(s)).join('\n'),
    )

    const [, baseline] = samples
    const last = samples[samples.length - 1]
    expect(errors).toEqual([])
    expect(last.mediaElements).toBe(baseline.mediaElements)
    expect(last.audioNodes).toBe(baseline.audioNodes)
    expect(last.webglContexts).toBe(1)
    expect(last.geometries).toBe(baseline.geometries)
    expect(last.textures).toBe(baseline.textures)
    // The heap may wobble by what the collector leaves, but not grow with the number of visits.
    expect(last.heapKB).toBeLessThan(baseline.heapKB * 1.1 + 512)
    await context.close()
  }, 900_000)
})
