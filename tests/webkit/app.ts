import { PNG } from 'pngjs'
import { inject } from 'vitest'
import { playbackRun, type PlaybackRun } from '../../scripts/browsers/media-sampling.mjs'
import { WebKitPage, type Viewport } from '../../scripts/browsers/webkit-page.mjs'
import { KEYS } from '../../scripts/browsers/webdriver.mjs'

/** The steps of the experience in WebKit, as a visitor takes them. */

export const baseURL = () => inject('baseURL')

/**
 * The test run's MiniBrowser at `viewport` showing the landing (with `?stats`, so the canvas says when a model is drawn).
 * `codec: 'aac'` makes the page unable to play Opus, as older Safari is, so the app takes the AAC recordings.
 */
export async function openApp(
  viewport: Viewport,
  { codec = 'opus' }: { codec?: 'opus' | 'aac' } = {},
): Promise<WebKitPage> {
  const page = await WebKitPage.attach(inject('webkitDriver'), inject('webkitSession'), viewport)
  await page.goto(`${baseURL()}?stats`)
  // Each test starts as a new visitor: no language remembered.
  await page.eval('localStorage.clear()')
  await page.goto(`${baseURL()}?stats`)
  if (codec === 'aac')
    await page.eval(`(() => {
      const canPlayType = HTMLMediaElement.prototype.canPlayType
      HTMLMediaElement.prototype.canPlayType = function (type) { return /opus/.test(type) ? '' : canPlayType.call(this, type) }
    })()`)
  return page
}

/** Chooses the language on the landing and taps Begin. */
export async function begin(page: WebKitPage, lang: string): Promise<void> {
  await page.waitFor(`document.getElementById('root')?.dataset.app === 'ready'`, 'the app ready')
  await page.select('[data-role="language"]', lang)
  await page.waitForSelector(`#root[data-lang="${lang}"]`)
  await page.click('[data-role="begin"]')
  await page.waitForSelector('[data-enter-cell]')
}

/** Enters a cell from the cell choice; a test that failed inside another cell is left first, so none depends on it. */
export async function enterCell(page: WebKitPage, id: string): Promise<void> {
  if (await page.eval<boolean>(`document.querySelector('#root')?.dataset.phase === 'cell'`)) await leaveCell(page)
  await page.click(`[data-enter-cell="${id}"]`)
  await page.waitForSelector(`#root[data-phase="cell"][data-cell="${id}"]`)
}

export async function leaveCell(page: WebKitPage): Promise<void> {
  await page.click('[data-role="back"]')
  await page.waitForSelector('#root[data-phase="cells"]')
}

/** Opens the cell's menu where the phone's layout folds the language and the comfort controls into it. */
export async function openCellMenu(page: WebKitPage): Promise<void> {
  const folded = await page.eval<boolean>(
    `document.querySelector('[data-role="cell-menu-toggle"]')?.getAttribute('aria-expanded') === 'false'`,
  )
  if (!folded) return
  await page.click('[data-role="cell-menu-toggle"]')
  await page.waitFor(`!document.querySelector('[data-role="cell-menu"]').hidden`, 'the menu open')
}

/**
 * Waits until the cell's room has been drawn (the view says so once the frame with the model is on screen; the
 * markers alone already count a thousand triangles) and its KTX2 textures, fetched after that first frame, are
 * transcoded and in place: the room as a visitor sees it once it is complete.
 */
export async function roomComplete(page: WebKitPage): Promise<void> {
  await page.waitFor(`document.querySelector('.cell-view')?.dataset.room === 'shown'`, 'the room drawn')
  await page.waitFor(
    `Number(document.querySelector('canvas[data-role="scene"]')?.dataset.triangles) > 1000`,
    'the model drawn',
  )
  await page.waitFor(
    `document.querySelector('canvas[data-role="scene"]')?.dataset.roomTextures === 'in'`,
    'the textures in',
  )
}

/** The canvas, once the room is complete (roomComplete). */
export async function sceneShot(page: WebKitPage): Promise<Buffer> {
  await roomComplete(page)
  return page.session.screenshot('canvas[data-role="scene"]')
}

/** Distinct colours, and the share of pixels that are not the empty scene's background (#0d0d0f). */
export function pictureOf(png: Buffer): { colours: number; drawn: number } {
  const { data, width, height } = PNG.sync.read(png)
  const colours = new Set<number>()
  let drawn = 0
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!
    const g = data[i + 1]!
    const b = data[i + 2]!
    colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3))
    if (Math.abs(r - 0x0d) + Math.abs(g - 0x0d) + Math.abs(b - 0x0f) > 12) drawn++
  }
  return { colours: colours.size, drawn: drawn / (width * height) }
}

/**
 * Taps `selector` (a marker or a list item) and measures the testimony `id` as it starts: media time sampled over
 * its first five seconds. Waits until the root says it plays.
 */
export async function playAndMeasure(page: WebKitPage, selector: string, id: string): Promise<PlaybackRun> {
  const file = await page.eval<string>(
    `HTMLMediaElement.prototype.canPlayType.call(document.createElement('audio'), 'audio/webm; codecs="opus"') ? '.webm' : '.m4a'`,
  )
  const tappedAt = await page.startMediaSampling()
  await page.click(selector)
  try {
    await page.waitForSelector(`#root[data-playing="${id}"]`)
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; ${await voiceState(page)}`)
  }
  const { samples } = await page.mediaSamples(id + file)
  return playbackRun(samples, id + file, tappedAt)
}

/**
 * Stops the voice: Escape, or with the testimony list open (where Escape closes the list first) the speaker card's
 * Stop button, so the list stays open for the next testimony.
 */
export async function stopVoice(page: WebKitPage): Promise<void> {
  if (await page.eval<boolean>(`Boolean(document.querySelector('.testimony-list')?.open)`))
    await page.eval<null>(`(document.querySelector('[data-role="stop"]').click(), null)`)
  else await page.session.press(KEYS.Escape)
  await page.waitForSelector('#root[data-playing=""][data-audio="idle"]')
}

/** The caption on screen now. */
export async function captionShown(page: WebKitPage): Promise<string> {
  try {
    return await page.waitForValue(
      `document.querySelector('[data-role="captions"] .caption-line')?.textContent.trim()`,
      'a caption',
    )
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; ${await voiceState(page)}`)
  }
}

/** What the page shows of the voice, for a failure's message: its state, the media element's, any problem named. */
async function voiceState(page: WebKitPage): Promise<string> {
  return page.eval<string>(`(() => {
    const root = document.getElementById('root')
    const a = document.querySelector('audio[data-role="testimony-audio"]')
    const said = (selector) => document.querySelector(selector)?.textContent || 'none'
    return 'data-playing "' + root.dataset.playing + '", data-audio ' + root.dataset.audio + ', media ' +
      (a ? (a.currentSrc.split('/').pop() + ' at ' + a.currentTime.toFixed(2) + ' s, readyState ' + a.readyState +
      ', networkState ' + a.networkState + (a.paused ? ', paused' : '')) : 'none') + '; audio error: ' +
      said('[data-role="audio-error"]') + '; caption error: ' + said('[data-role="captions"] .caption-error')
  })()`)
}

/**
 * For each element matching `selector`: scrolled into view as a person would, what is at the centre of its box
 * (`null` when it is the element itself or inside it), described by its tag, class and data-role.
 */
export async function coveredAtCentre(page: WebKitPage, selector: string): Promise<Record<string, string | null>> {
  return page.eval(
    `(() => {
      const name = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (el.dataset && el.dataset.role ? '[data-role=' + el.dataset.role + ']' : '')
      // The element, and the nearest ancestor that names a part of the page, e.g. "p in aside.action-panel[…]".
      const describe = (el) => {
        if (!el) return 'nothing (off screen)'
        const part = el.parentElement && el.parentElement.closest('[data-role], [class]')
        return name(el) + (part ? ' in ' + name(part) : '')
      }
      const out = {}
      for (const el of document.querySelectorAll(arguments[0])) {
        if (!el.getClientRects().length) continue
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        const r = el.getBoundingClientRect()
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        out[describe(el) + ' "' + el.textContent.trim().slice(0, 40) + '"'] = hit && (hit === el || el.contains(hit)) ? null : describe(hit)
      }
      return out
    })()`,
    selector,
  )
}
