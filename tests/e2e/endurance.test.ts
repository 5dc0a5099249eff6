import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseURL, demoCells, frames, newContext, settle, useBrowser } from './harness'
import { ENDURANCE_TIMEOUT, VISIT_STEP_TIMEOUT } from './limits'

// This test is about memory over many visits, not about the audio unlock.
const browser = useBrowser({ autoplay: true })
const CYCLES = Number(process.env.ENDURANCE_CYCLES ?? 200)
const SAMPLE_EVERY = Number(process.env.ENDURANCE_SAMPLE_EVERY ?? 50)

/**
 * Counts what a kiosk could leak, alive after a full garbage collection: media elements, Web Audio nodes and
 * WebGL contexts (weak references, so counting keeps nothing alive).
 */
function instrument() {
  const w = window as unknown as { __live: () => Record<string, number> }
  const refs: Record<string, WeakRef<object>[]> = { media: [], audioNodes: [], webgl: [] }
  const track = (kind: string, value: unknown) => {
    if (value && typeof value === 'object') refs[kind].push(new WeakRef(value))
    return value
  }
  for (const proto of [BaseAudioContext.prototype, AudioContext.prototype] as unknown as Record<string, unknown>[]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (!/^create(?!Buffer$|PeriodicWave$)/.test(name)) continue
      const original = proto[name] as (...args: unknown[]) => unknown
      proto[name] = function (this: unknown, ...args: unknown[]) {
        return track('audioNodes', original.apply(this, args))
      }
    }
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
    for (const kind of Object.keys(refs)) refs[kind] = refs[kind].filter((r) => r.deref() !== undefined)
    return {
      mediaElements: refs.media.length,
      audioNodes: refs.audioNodes.length,
      webglContexts: refs.webgl.filter((r) => !(r.deref() as WebGLRenderingContext).isContextLost()).length,
    }
  }
}

/**
 * Visits, run inside the page so that no round trip to the test is slower than the kiosk's short quiet time:
 * touch "begin", enter a cell, touch a marker, wait until it speaks and the room is drawn, stop it with Escape,
 * then leave the kiosk alone until "Still there?" has counted down and it is back on the attract screen.
 * Each step waits for the page to change (the app's state attributes, the renderer's counts, "Still there?"
 * appearing), and sees every change, however briefly it lasts.
 */
async function visits(page: Page, from: number, count: number, cells: { id: string; first: string }[]) {
  return page.evaluate(
    async ({ from, count, cells, limit }) => {
      const root = document.getElementById('root')!
      // Set when "Still there?" appears, however briefly.
      let asked = false
      let throughQuestion = 0
      const asks = (node: Node) =>
        node instanceof Element &&
        (node.matches('[data-role="still-there"]') || node.querySelector('[data-role="still-there"]') !== null)
      const until = (what: string, ok: () => boolean) =>
        new Promise<void>((resolve, reject) => {
          if (ok()) return resolve()
          const observer = new MutationObserver((records) => {
            for (const r of records) for (const n of r.addedNodes) if (asks(n)) asked = true
            if (!ok()) return
            stop()
            resolve()
          })
          const timer = setTimeout(() => {
            stop()
            reject(new Error(`timed out waiting for ${what} (${root.outerHTML.slice(0, 200)})`))
          }, limit)
          const stop = () => {
            observer.disconnect()
            clearTimeout(timer)
          }
          observer.observe(document.body, { subtree: true, childList: true, attributes: true })
        })
      const touch = async (selector: string) => {
        await until(selector, () => document.querySelector(selector) !== null)
        const el = document.querySelector<HTMLElement>(selector)!
        el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }))
        el.click()
      }
      const drawn = (role: string) => () =>
        Number(document.querySelector<HTMLCanvasElement>(`canvas[data-role="${role}"]`)?.dataset.triangles ?? 0) > 1000
      for (let i = from; i < from + count; i++) {
        const cell = cells[i % cells.length]
        await until('the attract screen', () => root.dataset.phase === 'attract')
        await until('the attract scene', drawn('attract-scene'))
        await touch('[data-start-lang="en"]')
        await touch(`[data-enter-cell="${cell.id}"]`)
        await touch(`[data-testimony="${cell.first}"]`)
        await until('speech', () => root.dataset.playing === cell.first)
        await until('the room', drawn('scene'))
        asked = false
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
        await until('the question and the attract screen', () => root.dataset.phase === 'attract')
        if (asked) throughQuestion++
      }
      return throughQuestion
    },
    { from, count, cells, limit: VISIT_STEP_TIMEOUT },
  )
}

interface Sample {
  cycle: number
  /** The whole JS heap after collection, compiled code and the browser's performance buffers included. */
  heapKB: number
  /** What the page's own objects hold: the heap without compiled code and engine or browser internals. */
  objectsKB: number
  domNodes: number
  listeners: number
  mediaElements: number
  audioNodes: number
  webglContexts: number
  geometries: number
  textures: number
}

/**
 * Sums a heap snapshot's JavaScript objects, closures, arrays and strings. Left out: compiled code (the engine's
 * optimising compiler keeps recompiling hot functions for a long while) and native and hidden entries (DOM nodes
 * are counted separately; performance timeline entries are bounded buffers of the browser).
 */
async function objectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')]
  const counted = new Set(['object', 'closure', 'array', 'string', 'concatenated string', 'sliced string', 'regexp'])
  let bytes = 0
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (counted.has(types[snapshot.nodes[i + typeAt]])) bytes += snapshot.nodes[i + sizeAt]
  return bytes
}

async function sample(page: Page, cdp: CDPSession, cycle: number): Promise<Sample> {
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLCanvasElement>('canvas[data-role="attract-scene"]')
    return Number(el?.dataset.triangles ?? 0) > 1000
  })
  // A few frames, so the counts published on the canvas are settled ones.
  await frames(page, 20)
  // Twice, with a turn of the page's task queue between: weak references clear only after a collection and a turn.
  await cdp.send('HeapProfiler.collectGarbage')
  await settle(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const live = await page.evaluate(() => (window as unknown as { __live: () => Record<string, number> }).__live())
  // The smallest of three readings, some frames apart: a collection can land while something short-lived is held.
  let usedSize = Infinity
  for (let i = 0; i < 3; i++) {
    if (i > 0) {
      await frames(page, 10)
      await cdp.send('HeapProfiler.collectGarbage')
    }
    usedSize = Math.min(usedSize, (await cdp.send('Runtime.getHeapUsage')).usedSize)
  }
  const objects = await objectBytes(cdp)
  const dom = await cdp.send('Memory.getDOMCounters')
  // Read the renderer's counts once they hold still over a quarter of a second's frames: a scene that has just left
  // may still be being released.
  const counts = () => page.locator('canvas[data-role="attract-scene"]').evaluate((el) => ({ ...el.dataset }))
  let canvas = await counts()
  for (let i = 0; i < 20; i++) {
    await frames(page, 15)
    const again = await counts()
    if (again.geometries === canvas.geometries && again.textures === canvas.textures) break
    canvas = again
  }
  return {
    cycle,
    heapKB: Math.round(usedSize / 1024),
    objectsKB: Math.round(objects / 1024),
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
    mediaElements: live.mediaElements,
    audioNodes: live.audioNodes,
    webglContexts: live.webglContexts,
    geometries: Number(canvas.geometries),
    textures: Number(canvas.textures),
  }
}

describe('a kiosk running for weeks', { timeout: ENDURANCE_TIMEOUT }, () => {
  it(`goes attract → cell → testimony → idle reset ${CYCLES} times and returns to its baseline`, async () => {
    // Reduced motion keeps the attract screen on one cell: every sample is taken over the same room there (its
    // slideshow moves on by the clock, and two rooms hold different numbers of textures). The visits go through both.
    const context = await newContext(browser(), { viewport: { width: 800, height: 500 }, reducedMotion: 'reduce' })
    await context.addInitScript(instrument)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const cdp = await context.newCDPSession(page)
    // Accelerated: a quarter of a second of quiet, then a quarter-second countdown.
    await page.goto(`${baseURL()}?mode=kiosk&idle=0.25&countdown=0.25&stats&offline=0`)
    await page.waitForSelector('#root[data-phase="attract"]')
    const cells = demoCells().map((c) => ({ id: c.id, first: c.testimonies[0].id }))

    // The first visits warm caches (shader programs, catalogues, the browser's buffers): the baseline is after them.
    const WARM_UP = 20
    let questions = await visits(page, 0, WARM_UP, cells)
    const samples = [await sample(page, cdp, WARM_UP)]
    for (let done = WARM_UP; done < CYCLES;) {
      const n = Math.min(SAMPLE_EVERY, CYCLES - done)
      questions += await visits(page, done, n, cells)
      done += n
      samples.push(await sample(page, cdp, done))
    }
    console.log(`Endurance over ${CYCLES} visits:\n${samples.map((s) => JSON.stringify(s)).join('\n')}`)

    const [baseline] = samples
    const last = samples[samples.length - 1]
    expect(errors).toEqual([])
    // Every visit ended through "Still there?", not some other way.
    expect(questions).toBe(CYCLES)
    expect(last.mediaElements).toBe(baseline.mediaElements)
    expect(last.audioNodes).toBe(baseline.audioNodes)
    expect(last.webglContexts).toBe(1)
    // No growth: the same scene on screen holds no more GPU resources than after the warm-up.
    expect(last.geometries).toBeLessThanOrEqual(baseline.geometries)
    expect(last.textures).toBeLessThanOrEqual(baseline.textures)
    expect(last.listeners).toBeLessThanOrEqual(baseline.listeners)
    // DOM nodes may differ by what is on screen at that moment (a caption, a focus ring), never by visits.
    expect(last.domNodes).toBeLessThan(baseline.domNodes + 50)
    // The page's objects stay where they were, within a small margin. The whole heap also holds the engine's
    // compiled code, which keeps being re-optimised for a while (about 1 MB over 200 visits here): a wider margin.
    expect(last.objectsKB).toBeLessThan(baseline.objectsKB * 1.02 + 64)
    expect(last.heapKB).toBeLessThan(baseline.heapKB * 1.25)
  })
})
