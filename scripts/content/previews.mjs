// `npm run content -- previews`: the picture a messenger or social feed shows beside a link to a cell — the room from
// its start view with the cell's name (and "Demo" for demo content), one per interface language — and the site's own
// (the landing, the cell choice), from the first cell. Made in the app itself on the development server, in the one
// headless Chromium of this project (scripts/browsers/chromium.mjs); `check` says when one is missing, wrong or out of
// date.
/* global requestAnimationFrame -- runs in the page */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../browsers/chromium.mjs'
import { PipelineError, problemText } from './errors.mjs'
import { filesBeside } from './glb.mjs'
import { PREVIEW, PREVIEW_INDEX, SITE_PREVIEW, previewPath } from './preview-files.mjs'
import { paths, readJson } from './registry.mjs'
import { contentSchema } from './schema.mjs'
/** @import { Page } from 'playwright-core' */
/** @import { Cell } from '../../src/content/schema.ts' */
/** @import { Paths } from './registry.mjs' */

/**
 * A picture the site should have: the cell it shows (the site's shows the first), what it is made from, its title.
 * @typedef {{ subject: string; cell: Cell; source: string; title: Partial<Record<string, string>> & { en: string }; demo: boolean }} Wanted
 */

/** Raised when the picture's design changes: every image is made again, and `check` says so until it is. */
const DESIGN = 1
/** JPEG qualities tried in turn until the image fits PREVIEW.maxBytes. */
const QUALITIES = [85, 78, 70, 62, 54]

/**
 * The interface's words the pictures use, from the app's catalogues: "Demo" in each language.
 * @returns {Promise<Record<string, string>>}
 */
async function demoWords() {
  const { runnerImport } = await import('vite')
  const { LANGUAGES } = await contentSchema()
  /** @type {Record<string, string>} */
  const words = {}
  for (const lang of LANGUAGES) {
    const path = fileURLToPath(new URL(`../../src/i18n/locales/${lang}.ts`, import.meta.url))
    words[lang] = String(/** @type {{ default: { demo: string } }} */ ((await runnerImport(path)).module).default.demo)
  }
  return words
}

/** @param {...(string | Buffer)} parts */
const sha256 = (...parts) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}

/**
 * What a cell's picture is made from: its model (textures are named in it by content), start view, light and name.
 * @param {Pick<Paths, 'abs'>} p
 * @param {Cell} cell
 * @returns {Promise<string>}
 */
async function cellSource(p, cell) {
  const view = { start: cell.start, light: cell.light, dimensions: cell.dimensions, name: cell.name, demo: cell.demo }
  return sha256(`design ${DESIGN}\n`, await readFile(p.abs(cell.model)), JSON.stringify(view))
}

/**
 * What the site's picture is made from: the first cell's picture, and the site's title.
 * @param {Pick<Paths, 'abs'>} p
 * @param {{ title: unknown; demo: unknown }} manifest
 * @param {Cell} first
 * @returns {Promise<string>}
 */
async function siteSource(p, manifest, first) {
  return sha256(`design ${DESIGN}\n`, await cellSource(p, first), JSON.stringify([manifest.title, manifest.demo]))
}

/**
 * The listed cells (as their files say) and the manifest.
 * @param {Paths} p
 */
async function listed(p) {
  const manifest = await readJson(p, p.manifest)
  /** @type {Cell[]} */
  const cells = []
  for (const file of manifest.cells ?? []) cells.push(await readJson(p, `content/${file}`))
  return { manifest, cells }
}

/**
 * The index of what each picture was made from (`previews/index.json`).
 * @param {Paths} p
 * @returns {Promise<Record<string, string>>}
 */
async function readIndex(p) {
  return existsSync(p.abs(PREVIEW_INDEX)) ? await readJson(p, PREVIEW_INDEX) : {}
}

/**
 * Every picture the site should have, each with what it shows and what it is made from.
 * @param {Paths} p
 * @returns {Promise<{ items: Wanted[]; languages: readonly string[] }>}
 */
async function wanted(p) {
  const { manifest, cells } = await listed(p)
  const { LANGUAGES } = await contentSchema()
  /** @type {Wanted[]} */
  const out = []
  for (const cell of cells)
    out.push({ subject: cell.id, cell, source: await cellSource(p, cell), title: cell.name, demo: cell.demo })
  if (cells[0])
    out.push({
      subject: SITE_PREVIEW,
      cell: cells[0],
      source: await siteSource(p, manifest, cells[0]),
      title: manifest.title,
      demo: manifest.demo,
    })
  return { items: out, languages: LANGUAGES }
}

/**
 * What is wrong with the preview images, one line each naming the file: missing, not 1200×630, over 300 KB, not a
 * JPEG, or made from another model, start view or name than the cell's now.
 * @param {{ root?: string }} [options]
 * @returns {Promise<string[]>}
 */
export async function previewProblems({ root } = {}) {
  const p = paths(root)
  const { items, languages } = await wanted(p)
  const index = await readIndex(p)
  const { default: sharp } = await import('sharp')
  const problems = []
  for (const item of items) {
    const rerun = `(run \`npm run content -- previews${item.subject === SITE_PREVIEW ? '' : ` --cell ${item.subject}`}\`)`
    let stale = index[item.subject] !== item.source
    for (const lang of languages) {
      const file = previewPath(item.subject, lang)
      if (!existsSync(p.abs(file))) {
        problems.push(problemText(file, `does not exist ${rerun}`))
        stale = false
        continue
      }
      const { size } = await stat(p.abs(file))
      const meta = await sharp(p.abs(file)).metadata()
      if (meta.format !== 'jpeg') problems.push(problemText(file, `is ${meta.format}, not a JPEG ${rerun}`))
      if (meta.width !== PREVIEW.width || meta.height !== PREVIEW.height)
        problems.push(
          problemText(file, `is ${meta.width}×${meta.height}, not ${PREVIEW.width}×${PREVIEW.height} ${rerun}`),
        )
      if (size > PREVIEW.maxBytes)
        problems.push(
          problemText(file, `is ${Math.round(size / 1024)} KB, over ${PREVIEW.maxBytes / 1024} KB ${rerun}`),
        )
    }
    if (stale)
      problems.push(
        problemText(
          previewPath(item.subject, 'en'),
          `is older than ${item.subject === SITE_PREVIEW ? 'the first cell or the site title' : "the cell's model, start view, light or name"} ${rerun}`,
        ),
      )
  }
  return problems
}

/**
 * Waits until the cell's room is drawn with its textures in, then a few frames more.
 * @param {Page} page
 * @param {boolean} withTextures
 */
async function roomShown(page, withTextures) {
  await page.waitForFunction(
    (textures) => {
      const el = /** @type {HTMLCanvasElement | null} */ (document.querySelector('canvas[data-role="scene"]'))
      if (el?.dataset.model !== 'shown') return false
      if (el.dataset.roomTextures === 'missing') throw new Error('a texture of the model could not be loaded')
      return !textures || el.dataset.roomTextures === 'in'
    },
    withTextures,
    { timeout: 180_000, polling: 250 },
  )
  await page.evaluate(
    () =>
      new Promise((/** @type {(value?: unknown) => void} */ done) => {
        let left = 30
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
  )
}

/**
 * Over the room, only its name: the page's own controls hidden, a band with the name, a Demo badge.
 * @param {Page} page
 * @param {{ name: string; lang: string; kicker: string; demo: string | null }} band
 */
async function showBand(page, { name, lang, kicker, demo }) {
  await page.evaluate(
    ({ name, lang, demo, kicker }) => {
      let band = document.getElementById('preview-band')
      if (!band) {
        band = document.createElement('div')
        band.id = 'preview-band'
        Object.assign(band.style, {
          position: 'fixed',
          inset: 'auto 0 0 0',
          padding: '96px 56px 44px',
          background: 'linear-gradient(rgba(0,0,0,0), rgba(0,0,0,0.82) 45%)',
          color: '#fff',
          fontFamily: '"DejaVu Sans", "Noto Sans", Arial, sans-serif',
          visibility: 'visible',
          zIndex: '2147483647',
        })
        const small = document.createElement('div')
        small.dataset.part = 'kicker'
        Object.assign(small.style, { fontSize: '28px', opacity: '0.85', marginBottom: '10px' })
        const big = document.createElement('div')
        big.dataset.part = 'name'
        Object.assign(big.style, { fontSize: '54px', fontWeight: '700', lineHeight: '1.15' })
        const badge = document.createElement('div')
        badge.dataset.part = 'demo'
        Object.assign(badge.style, {
          position: 'fixed',
          top: '40px',
          right: '48px',
          padding: '10px 22px',
          background: '#ffd84a',
          color: '#111',
          fontFamily: '"DejaVu Sans", Arial, sans-serif',
          fontSize: '32px',
          fontWeight: '700',
          borderRadius: '8px',
          visibility: 'visible',
          zIndex: '2147483647',
        })
        band.append(small, big)
        document.body.append(band, badge)
        const style = document.createElement('style')
        style.id = 'preview-style'
        style.textContent =
          '#root, #root * { visibility: hidden !important } #root canvas[data-role="scene"] { visibility: visible !important }'
        document.head.append(style)
      }
      band.lang = lang
      // content text is text: set as such, never as markup
      const small = /** @type {HTMLElement} */ (band.querySelector('[data-part="kicker"]'))
      small.textContent = kicker
      small.style.display = kicker ? 'block' : 'none'
      const big = /** @type {HTMLElement} */ (band.querySelector('[data-part="name"]'))
      big.textContent = name
      const badge = /** @type {HTMLElement} */ (document.querySelector('[data-part="demo"]'))
      badge.textContent = demo ?? ''
      badge.style.display = demo ? 'block' : 'none'
    },
    { name, lang, demo, kicker },
  )
}

/**
 * A PNG screenshot as a JPEG within PREVIEW.maxBytes, as large a quality as fits.
 * @param {Buffer} png
 * @param {string} file
 * @returns {Promise<Buffer>}
 */
async function toJpeg(png, file) {
  const { default: sharp } = await import('sharp')
  for (const quality of QUALITIES) {
    const jpeg = await sharp(png)
      .resize(PREVIEW.width, PREVIEW.height, { fit: 'cover' })
      .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toBuffer()
    if (jpeg.length <= PREVIEW.maxBytes) return jpeg
  }
  throw new PipelineError(file, `cannot be made within ${PREVIEW.maxBytes / 1024} KB`)
}

/**
 * Makes the preview images of the given cells (default: every listed cell whose images are missing or out of date,
 * and the site's), in every interface language. Cells not yet listed in the manifest have no page to preview: they
 * get theirs when their first testimony is added. Each image is written beside the others under a temporary name
 * and moved into place when made; the index records what it was made from.
 * @param {object} [options]
 * @param {string} [options.root]
 * @param {string[]} [options.cells] the ids of the cells to make, whether out of date or not
 * @param {boolean} [options.force] make every image again
 * @param {(line: string) => void} [options.log]
 * @returns {Promise<{ file: string; bytes: number }[]>} the site paths written, with their sizes in bytes
 */
export async function writePreviews({ root, cells: only, force = false, log = () => {} } = {}) {
  const p = paths(root)
  const { items, languages } = await wanted(p)
  const index = await readIndex(p)
  /** @param {Wanted} item */
  const missing = (item) => languages.some((lang) => !existsSync(p.abs(previewPath(item.subject, lang))))
  /** @param {Wanted} item */
  const stale = (item) => force || index[item.subject] !== item.source || missing(item)
  // the cells asked for are made in any case; the site's picture (from the first cell) whenever it is out of date
  const todo = items.filter((item) =>
    only && item.subject !== SITE_PREVIEW ? only.includes(item.subject) : stale(item),
  )
  if (only)
    for (const id of only)
      if (!items.some((item) => item.subject === id))
        log(
          `${id}: not listed in the manifest yet, so it has no link page; its preview is made with its first testimony.`,
        )
  if (!todo.length) return []

  const words = await demoWords()
  const { startStudio } = await import('./studio.mjs')
  const server = await startStudio({ root: p.root, port: 0 })
  const browser = await launchChromium()
  const written = []
  try {
    const page = await browser.newPage({
      viewport: { width: PREVIEW.width, height: PREVIEW.height },
      deviceScaleFactor: 1,
    })
    // the app of this checkout on the development server, its content from `root`, drawn as a visitor first sees it
    await page.goto(`${server.url}?stats&lang=en`, { timeout: 180_000 })
    const begun = () =>
      !(/** @type {HTMLButtonElement | null} */ (document.querySelector('[data-role="begin"]'))?.disabled)
    await page.waitForFunction(begun, null, {
      timeout: 180_000,
    })
    await page.click('[data-role="begin"]')
    for (const item of todo) {
      log(`Drawing ${item.cell.id} from its start view${item.subject === SITE_PREVIEW ? ' for the site' : ''}…`)
      await page.click(`[data-enter-cell="${item.cell.id}"]`, { timeout: 180_000 })
      const withTextures = filesBeside(await readFile(p.abs(item.cell.model))).length > 0
      await roomShown(page, withTextures)
      for (const lang of languages) {
        const name = item.title[lang] ?? item.title.en
        // the site's picture names the site (its title says #PrisonersVoice); a cell's has the hashtag above its name
        const kicker = item.subject === SITE_PREVIEW ? '' : '#PrisonersVoice'
        await showBand(page, { name, lang, kicker, demo: item.demo ? words[lang] : null })
        const file = previewPath(item.subject, lang)
        const jpeg = await toJpeg(await page.screenshot({ type: 'png', timeout: 180_000 }), file)
        await mkdir(dirname(p.abs(file)), { recursive: true })
        await writeFile(`${p.abs(file)}.part`, jpeg)
        await rename(`${p.abs(file)}.part`, p.abs(file))
        written.push({ file, bytes: jpeg.length })
      }
      index[item.subject] = item.source
      await page.evaluate(() => {
        document.getElementById('preview-band')?.remove()
        document.querySelector('[data-part="demo"]')?.remove()
        document.getElementById('preview-style')?.remove()
      })
      await page.click('[data-role="back"]')
    }
  } finally {
    await browser.close()
    await server.close()
  }
  // only what the site still lists is kept in the index
  const kept = Object.fromEntries(items.filter((i) => index[i.subject]).map((i) => [i.subject, index[i.subject]]))
  await writeFile(p.abs(PREVIEW_INDEX), `${JSON.stringify(kept, null, 2)}\n`)
  return written
}
