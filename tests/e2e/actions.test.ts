import { describe, expect, it } from 'vitest'
import { EMPTY_DRAFT, composePostcard } from '../../src/letters/composer'
import { LANGUAGES } from '../../src/i18n/languages'
import en from '../../src/i18n/locales/en'
import uk from '../../src/i18n/locales/uk'
import de from '../../src/i18n/locales/de'
import pl from '../../src/i18n/locales/pl'

const MESSAGES = { en, uk, de, pl } as Record<string, Record<string, unknown>>
import type { Letters } from '../../src/letters/schema'
import { HUD_BUTTONS, VR_ACTIONS, hudPoint } from '../../src/xr/vr-layout'
import {
  baseURL,
  begin,
  cspViolations,
  demoCells,
  enterCell,
  foreignRequests,
  installEmulatedHeadset,
  newContext,
  newPage,
  readJson,
  recordRequests,
  useBrowser,
  watchCsp,
} from './harness'
import { readQrCodes } from './qr'
import { ACTIONS } from '../../src/actions/messages'
import { COMFORT } from '../../src/comfort/messages-translations'
import { endSession, select, xrFrames, type V3 } from './controller'

const manifest = readJson<{ actions: { petition: { url: string }; volunteer: { url: string } } }>(
  'content/manifest.json',
)
const letters = readJson<Letters>('content/letters.json')

const browser = useBrowser({ autoplay: true })

describe('languages', () => {
  it('switches the landing to each language, sets <html lang>, and remembers the choice', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto(baseURL())
    // The app has taken over the landing (a tap before it runs is kept; see early-begin.test.ts).
    await page.waitForSelector('#root[data-app="ready"]')
    for (const lang of LANGUAGES) {
      await page.selectOption('[data-role="language"]', lang)
      // Other languages' text loads on demand: wait for it.
      await expect.poll(() => page.locator('.landing-tagline').textContent()).toBe(MESSAGES[lang].tagline)
      await expect(page.locator('[data-role="begin"]').textContent()).resolves.toBe(MESSAGES[lang].begin)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang)
      await expect(page.locator('#root').getAttribute('data-lang')).resolves.toBe(lang)
    }
    await page.selectOption('[data-role="language"]', 'pl')
    await page.reload()
    await page.waitForSelector('#root[data-lang="pl"]')
    await expect.poll(() => page.locator('.landing-tagline').textContent()).toBe(MESSAGES.pl.tagline)
    // Plural forms in the cell choice follow Polish grammar; the demo cells are described in Polish, with no note.
    await page.click('[data-role="begin"]')
    await page.locator('.cell-count').first().waitFor()
    await expect(page.locator('.cell-count').first().textContent()).resolves.toMatch(/^\d+ relacj[ae]$|^\d+ relacji$/)
    const cell = readJson<{ id: string; name: { pl: string } }>(
      `content/${readJson<{ cells: string[] }>('content/manifest.json').cells[0]}`,
    )
    await expect(page.locator(`[data-cell-card="${cell.id}"] h2 bdi`).textContent()).resolves.toBe(cell.name.pl)
    await expect(page.locator('[data-role="fallback-notice"]').count()).resolves.toBe(0)
    // A text missing in Polish falls back to English, visibly.
    await context.route(new RegExp(`/content/cells/${cell.id}\\.json$`), async (route) => {
      const json = await (await route.fetch()).json()
      delete json.description.pl
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) })
    })
    await page.reload()
    await page.click('[data-role="begin"]')
    await page.locator('[data-role="fallback-notice"]').waitFor()
    await context.close()
  })

  it('panels that load on their first opening come in the language chosen before, their own text included', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    // No manifest: Take action names its links as unavailable, in its own (lazily loaded) text.
    await context.route(/\/content\/manifest\.json$/, (route) => route.fulfill({ status: 500, body: '' }))
    const requested: string[] = []
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    await begin(page)
    await page.locator('[data-role="take-action"]').waitFor()
    // Neither panel's code, nor German, has come yet.
    expect(requested.filter((p) => /\/(action-sheet|comfort-panel|de)-[\w-]+\.js$/.test(p))).toEqual([])
    await page.selectOption('[data-role="language"]', 'de')
    await page.waitForSelector('#root[data-lang="de"]')
    await page.click('[data-role="take-action"]')
    const panel = page.locator('[data-role="action-panel"]')
    await panel.waitFor()
    await expect(panel.locator('[data-role="write-letter"]').textContent()).resolves.toBe(de.writeLetter)
    await expect
      .poll(() => panel.locator('[data-action-item="petition"] [data-role="action-unavailable"]').textContent())
      .toBe(ACTIONS.de.unavailable)
    await page.click('[data-role="close-actions"]')
    await page.click('[data-role="comfort"]')
    await expect.poll(() => page.locator('[data-role="comfort-panel"] h2').textContent()).toBe(COMFORT.de.comfortTitle)
    await context.close()
  })
})

describe('write a letter', () => {
  it('composes a postcard in Russian with the translation beside it, prints only the postcard, and sends nothing', async () => {
    const context = await newContext(browser(), { viewport: { width: 900, height: 900 } })
    const requests = recordRequests(context)
    await watchCsp(context)
    const page = await context.newPage()
    await begin(page, 'de')
    await page.click('[data-role="take-action"]')
    await page.click('[data-role="write-letter"]')
    await page.waitForSelector('#root[data-phase="letter"]')
    expect(new URL(page.url()).hash).toBe('#letter')
    await page.locator('[data-role="composer"]').waitFor()

    const person = letters.recipients[0]
    const phrases = [
      letters.phrases.find((p) => p.group === 'support')!,
      letters.phrases.find((p) => p.group === 'greeting')!,
      letters.phrases.find((p) => p.group === 'about-me' && p.ru.includes('{country}'))!,
    ]
    await page.selectOption('[data-role="recipient"]', person.id)
    for (const p of phrases) await page.check(`[data-phrase="${p.id}"]`)
    await page.fill('[data-role="writer-name"]', 'Anna')
    await page.selectOption('[data-role="writer-country"]', 'DE')

    const expected = composePostcard(
      letters,
      { ...EMPTY_DRAFT, recipientId: person.id, phraseIds: phrases.map((p) => p.id), name: 'Anna', countryCode: 'DE' },
      'de',
    )!
    const russian = await page.locator('[data-role="postcard-russian"] p').allTextContents()
    const translation = await page.locator('[data-role="postcard-translation"] p').allTextContents()
    expect(russian).toEqual(expected.russian)
    expect(translation).toEqual(expected.translation)
    // The greeting comes first, whatever order the phrases were picked in.
    expect(russian[0]).toContain(person.firstNameRu)

    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('[data-role="postcard-sheet"]').isVisible()).resolves.toBe(true)
    await expect(page.locator('[data-role="envelope-sheet"]').isVisible()).resolves.toBe(true)
    await expect(page.locator('[data-role="postcard-sheet"]').textContent()).resolves.toContain(expected.russian[0])
    for (const hidden of [
      '.letter-rules',
      '.letter-directory',
      '[data-role="preview"]',
      '.phrase-group',
      '.demo-banner',
    ])
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false)
    await page.emulateMedia({ media: 'screen' })

    await page.click('[data-role="letters-back"]')
    await page.waitForSelector('#root[data-phase="cells"]')
    expect(foreignRequests(requests)).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })

  it('opens straight from its own address (#letter), as a QR code would', async () => {
    const page = await newPage(browser())
    await page.goto(`${baseURL()}#letter`)
    await page.waitForSelector('#root[data-phase="letter"]')
    await page.locator('[data-recipient]').first().waitFor()
    await page.close()
  })
})

describe('links as QR codes only', () => {
  it('shows no link that leaves the site; the QR codes read as the petition and volunteer URLs', async () => {
    const page = await newPage(browser(), { viewport: { width: 1100, height: 900 } })
    await page.goto(`${baseURL()}?links=qr`)
    // The app has taken over the landing (a tap before it runs is kept; see early-begin.test.ts).
    await page.waitForSelector('#root[data-app="ready"]')
    await page.click('[data-role="begin"]')
    await page.click('[data-role="take-action"]')
    const petition = page.locator('[data-action-item="petition"] .qr svg')
    await petition.waitFor()
    expect(await page.locator('a[href^="http"]').count()).toBe(0)
    expect(readQrCodes(await petition.screenshot(), 1)).toEqual([manifest.actions.petition.url])
    const volunteer = page.locator('[data-action-item="volunteer"] .qr svg')
    expect(readQrCodes(await volunteer.screenshot(), 1)).toEqual([manifest.actions.volunteer.url])
    await page.close()
  })

  it("keeps Write a letter where it is while the panel's codes are drawn", async () => {
    const page = await newPage(browser(), { viewport: { width: 1100, height: 900 } })
    // The QR encoder (and the code's own part, where it is fetched apart) comes late, as on a slow connection.
    await page.route('**/assets/*.js', async (route) => {
      const response = await route.fetch()
      const body = await response.text()
      if (/\/qr-code-[^/]*\.js$/.test(route.request().url()) || body.includes(QR_ALPHANUMERIC)) {
        await new Promise((r) => setTimeout(r, 1500))
      }
      await route.fulfill({ response, body })
    })
    await page.goto(`${baseURL()}?links=qr`)
    await page.waitForSelector('#root[data-app="ready"]')
    await page.click('[data-role="begin"]')
    await page.click('[data-role="take-action"]')
    const button = page.locator('[data-role="write-letter"]')
    await button.waitFor()
    const before = await button.boundingBox()
    await expect.poll(() => page.locator('[data-role="action-panel"] .qr svg').count(), { timeout: 30_000 }).toBe(2)
    expect(await button.boundingBox()).toEqual(before)
    await page.close()
  })
})

/** The characters a QR code's alphanumeric mode encodes: a string only the QR encoder's code holds. */
const QR_ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

const HAND: V3 = [0.15, 1.25, -0.25]

describe('in an emulated Meta Quest 3', () => {
  it('the 3D action panel shows the petition as a QR code, and "open after I leave VR" offers it on the page', async () => {
    const context = await newContext(browser(), { viewport: { width: 1024, height: 760 } })
    const requests = recordRequests(context)
    await installEmulatedHeadset(context)
    const page = await context.newPage()
    await begin(page)
    const cell = demoCells()[0]
    await enterCell(page, cell.id)
    await page.click('[data-role="enter-vr"]')
    await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
    await xrFrames(page, 3)

    // The panels stand where src/xr/vr-layout.ts places them in front of the emulated head.
    const head = await page.evaluate(() => {
      const p = (window as unknown as { __xrDevice: { position: { x: number; y: number; z: number } } }).__xrDevice
        .position
      return [p.x, p.y, p.z] as V3
    })
    const onPanels = (x: number, y: number): V3 => hudPoint(head, x, y)
    await select(page, HAND, onPanels(HUD_BUTTONS.actions, 0), '[data-role="action-panel"]')
    // Narrow the emulated field of view so the codes fill the screenshot, as they would a phone's camera; the QR
    // code reads once the panel has been drawn in the narrower view.
    await page.evaluate(() => {
      ;(window as unknown as { __xrDevice: { fovy: number } }).__xrDevice.fovy = 0.9
    })
    await expect.poll(async () => readQrCodes(await page.screenshot(), 4)).toContain(manifest.actions.petition.url)

    // "Open after I leave VR" under the petition: nothing on the page shows it until the session ends.
    await select(page, HAND, onPanels(VR_ACTIONS.columns.petition, VR_ACTIONS.y - VR_ACTIONS.buttonY), null)
    await endSession(page)
    await page.waitForSelector('#root[data-xr-mode="none"]')
    const offered = page.locator('[data-role="open-later"] a')
    await offered.first().waitFor()
    await expect(offered.first().getAttribute('href')).resolves.toBe(manifest.actions.petition.url)
    await expect(offered.first().getAttribute('target')).resolves.toBe('_blank')
    expect(foreignRequests(requests)).toEqual([])
    await context.close()
  })
})
