import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ACTIONS, actionsEn } from '../../src/actions/messages'
import type { Letters } from '../../src/letters/schema'
import { lettersEn } from '../../src/letters/messages-en'
import { LETTERS } from '../../src/letters/messages-translations'
import {
  baseURL,
  begin,
  cspViolations,
  cueTexts,
  demoCells,
  enterCell,
  foreignRequests,
  frames,
  newContext,
  readJson,
  recordRequests,
  root,
  useBrowser,
  watchCsp,
} from './harness'

const letters = readJson<Letters>('content/letters.json')
const manifest = readJson<{ actions: { petition: { url: string } } }>('content/manifest.json')
const browser = useBrowser({ autoplay: true })

/** From the cell choice through Take action to the letter page, its directory and composer shown. */
async function openLetters(page: Page) {
  await page.click('[data-role="take-action"]')
  await page.click('[data-role="write-letter"]')
  await page.waitForSelector('#root[data-phase="letter"]')
  await page.locator('[data-role="composer"]').waitFor()
}

/** The background of an element as [r, g, b, alpha]. */
const background = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number))

describe('the sender in Cyrillic', () => {
  it('writes the name transliterated and the country in Russian on the postcard and the envelope; the name can be corrected; nothing leaves the device', async () => {
    const context = await newContext(browser(), { viewport: { width: 900, height: 900 } })
    const requests = recordRequests(context)
    await watchCsp(context)
    const page = await context.newPage()
    await begin(page, 'de')
    await openLetters(page)
    const person = letters.recipients[0]!
    const greeting = letters.phrases.find((p) => p.group === 'greeting')!
    const country = letters.phrases.find((p) => p.ru.includes('{country}'))!
    await page.selectOption('[data-role="recipient"]', person.id)
    await page.check(`[data-phrase="${greeting.id}"]`)
    await page.check(`[data-phrase="${country.id}"]`)
    await page.fill('[data-role="writer-name"]', 'Anna Schmidt')
    await page.selectOption('[data-role="writer-country"]', 'DE')

    // The country list is in the visitor's language; the postcard has the Russian name.
    await expect(page.locator('[data-role="writer-country"] option[value="DE"]').textContent()).resolves.toBe(
      'Deutschland',
    )
    await expect(page.inputValue('[data-role="writer-name-ru"]')).resolves.toBe('Анна Шмидт')
    const russian = page.locator('[data-role="postcard-russian"] p')
    await expect.poll(() => russian.allTextContents()).toContain('Анна Шмидт')
    expect(await russian.allTextContents()).toContain(country.ru.replace('{country}', 'Германия'))
    const envelope = page.locator('.preview-envelope')
    await expect(envelope.textContent()).resolves.toContain('Анна Шмидт, Германия')
    // Nothing in Latin script reaches the postcard or the envelope.
    expect((await russian.allTextContents()).join(' ')).not.toMatch(/\p{Script=Latin}/u)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('[data-role="envelope-sheet"]').textContent()).not.toMatch(/\p{Script=Latin}/u)
    await page.emulateMedia({ media: 'screen' })

    // The writer corrects the Cyrillic spelling: the postcard and the envelope follow it, not the transliteration.
    await page.fill('[data-role="writer-name-ru"]', 'Анна Шмит')
    await expect.poll(() => russian.allTextContents()).toContain('Анна Шмит')
    await expect(envelope.textContent()).resolves.toContain('Анна Шмит, Германия')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('[data-role="envelope-sheet"]').textContent()).resolves.toContain('Анна Шмит')
    await page.emulateMedia({ media: 'screen' })

    // A Ukrainian name typed in Ukrainian Cyrillic is brought to the Russian alphabet.
    await page.fill('[data-role="writer-name-ru"]', '')
    await page.fill('[data-role="writer-name"]', 'Олексій Їжак')
    await expect(page.inputValue('[data-role="writer-name-ru"]')).resolves.toBe('Олексий Ижак')

    // Nothing typed left the device: no request but the site's own, and none carrying the name.
    expect(foreignRequests(requests)).toEqual([])
    expect(requests.filter((url) => /Anna|Schmidt|%D0%90%D0%BD%D0%BD%D0%B0/i.test(url))).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })

  it('on a kiosk, keeps nothing the visitor typed in any storage', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await context.newPage()
    await page.goto(`${baseURL()}?mode=kiosk&lang=en&offline=0`)
    await page.waitForSelector('#root[data-phase="attract"]')
    await page.locator('[data-start-lang="en"]').tap()
    await page.waitForSelector('#root[data-phase="cells"]')
    await openLetters(page)
    await page.fill('[data-role="writer-name"]', 'Kiosk Visitor')
    await page.fill('[data-role="own-words"]', 'Привет из музея')
    await expect(page.inputValue('[data-role="writer-name-ru"]')).resolves.toBe('Киоск Виситор')
    const stored = await page.evaluate(async () => {
      const all = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie]
      const dbs = (await indexedDB.databases?.()) ?? []
      return { text: all.join(' '), dbs: dbs.map((d) => d.name) }
    })
    expect(stored.text).not.toMatch(/Kiosk|Visitor|Киоск|музея/)
    expect(stored.dbs).toEqual([])
    await context.close()
  })
})

describe('warnings where a censor may stop the letter', () => {
  it('shows a warning beside the own words for "ЗСУ" and for Latin letters, and blocks nothing', async () => {
    const context = await newContext(browser(), { viewport: { width: 900, height: 900 } })
    const page = await context.newPage()
    await begin(page, 'en')
    await openLetters(page)
    // The rules say what to leave out.
    await expect(page.locator('.letter-rules').textContent()).resolves.toContain(lettersEn.ruleAvoid)

    const words = page.locator('[data-role="own-words"]')
    const warnings = page.locator('[data-role="own-words-warnings"]')
    await expect(warnings.textContent()).resolves.toBe('')
    await words.fill('Держитесь! Слава ЗСУ')
    await expect.poll(() => warnings.getAttribute('data-warnings')).toBe('abbreviation war')
    await expect(warnings.locator('[data-rule="abbreviation"]').textContent()).resolves.toBe(
      lettersEn.warn_abbreviation.replace('{found}', 'ЗСУ'),
    )
    await expect(warnings.locator('[data-rule="war"]').isVisible()).resolves.toBe(true)
    // Beside the text: just below the text box, within the page's column.
    const box = (await words.boundingBox())!
    const warn = (await warnings.boundingBox())!
    expect(warn.y).toBeGreaterThanOrEqual(box.y + box.height)
    expect(warn.y - (box.y + box.height)).toBeLessThan(80)

    await words.fill('Hello from Berlin')
    await expect.poll(() => warnings.getAttribute('data-warnings')).toBe('latin')
    await expect(warnings.locator('[data-rule="latin"]').textContent()).resolves.toContain('Hello, from, Berlin')

    // Not blocking: the postcard takes the words as written, and can be printed.
    await page.selectOption('[data-role="recipient"]', letters.recipients[0]!.id)
    await page.check(`[data-phrase="${letters.phrases[0]!.id}"]`)
    await expect
      .poll(() => page.locator('[data-role="postcard-russian"] p').allTextContents())
      .toContain('Hello from Berlin')
    await expect(page.locator('[data-role="print"]').isEnabled()).resolves.toBe(true)

    await words.fill('Желаю Вам здоровья.')
    await expect.poll(() => warnings.getAttribute('data-warnings')).toBe('')
    await expect(warnings.locator('li').count()).resolves.toBe(0)
    await context.close()
  })
})

describe('a person who cannot receive letters at present', () => {
  it('is said so plainly, with the petition instead of the composer', async () => {
    const closed = letters.recipients.find((r) => r.receivesLetters === false)!
    const context = await newContext(browser(), { viewport: { width: 900, height: 900 } })
    const page = await context.newPage()
    await begin(page, 'pl')
    await openLetters(page)
    const card = page.locator(`[data-recipient="${closed.id}"]`)
    await expect(card.locator('[data-role="cannot-receive"]').textContent()).resolves.toContain(
      String(LETTERS.pl.cannotReceive).replace('{name}', `\u2068${closed.name.pl}\u2069`),
    )
    await expect(card.locator('.demo-badge').isVisible()).resolves.toBe(true)
    const petition = card.locator('[data-role="cannot-receive"] a[data-action="petition"]')
    await expect(petition.getAttribute('href')).resolves.toBe(manifest.actions.petition.url)
    await expect(petition.getAttribute('target')).resolves.toBe('_blank')
    // No address and no "Write to" button on that card; and the composer does not offer that person.
    await expect(card.locator('.address').count()).resolves.toBe(0)
    await expect(card.locator('button').count()).resolves.toBe(0)
    await expect(page.locator(`[data-role="recipient"] option[value="${closed.id}"]`).count()).resolves.toBe(0)
    // The others still can be written to.
    const open = letters.recipients.find((r) => r.receivesLetters !== false)!
    await expect(page.locator(`[data-recipient="${open.id}"] button`).count()).resolves.toBe(1)
    await context.close()
  })
})

describe('captions in German and Polish', () => {
  for (const lang of ['de', 'pl'] as const) {
    it(`plays a testimony of each cell with its ${lang} captions and no note that they are missing`, async () => {
      const context = await newContext(browser(), { viewport: { width: 1100, height: 800 } })
      const page = await context.newPage()
      await begin(page, lang)
      for (const cell of demoCells()) {
        await enterCell(page, cell.id)
        const testimony = cell.testimonies[0]!
        expect(testimony.captions[lang]).toBe(`content/captions/${testimony.id}.${lang}.vtt`)
        await page.locator(`[data-testimony="${testimony.id}"]`).click()
        await page.waitForSelector(`#root[data-playing="${testimony.id}"]`)
        const caption = page.locator('.caption-line')
        await caption.waitFor()
        const cues = cueTexts(testimony.captions[lang]!)
        await expect.poll(async () => cues.includes((await caption.textContent())?.trim() ?? '')).toBe(true)
        expect(cueTexts(testimony.captions.en!)).not.toContain((await caption.textContent())?.trim())
        await expect(page.locator('[data-role="no-captions"]').count()).resolves.toBe(0)
        await expect(page.locator('[data-role="fallback-notice"]').count()).resolves.toBe(0)
        await page.keyboard.press('Escape')
        await page.waitForSelector('#root[data-playing=""]')
        await page.click('[data-role="back"]')
        await page.waitForSelector('#root[data-phase="cells"]')
      }
      await context.close()
    })
  }
})

describe('Take action', () => {
  it('is opaque, and says in the visitor language that the petition and volunteer pages are in English', async () => {
    const context = await newContext(browser(), { viewport: { width: 1100, height: 800 } })
    const page = await context.newPage()
    await begin(page, 'de')
    await page.click('[data-role="take-action"]')
    await page.locator('[data-role="action-panel"]').waitFor()
    expect((await background(page, '[data-role="action-panel"]'))[3] ?? 1).toBe(1)
    const note = String(ACTIONS.de.pageLanguage).replace('{language}', 'Englisch')
    for (const role of ['petition', 'volunteer']) {
      const item = page.locator(`[data-action-item="${role}"] [data-role="page-language"]`)
      await expect(item.textContent()).resolves.toBe(` ${note}`)
      await expect(item.isVisible()).resolves.toBe(true)
    }
    // In English, the pages' own language: no note.
    await page.selectOption('[data-role="language"]', 'en')
    await page.waitForSelector('#root[data-lang="en"]')
    await expect(page.locator('[data-role="page-language"]').count()).resolves.toBe(0)
    expect(actionsEn.pageLanguage).toBe('(in {language})')
    await context.close()
  })

  for (const [width, height] of [
    [390, 844],
    [360, 640],
  ] as const) {
    it(`with links as QR codes, fits a ${width}×${height} phone and scrolls to its last button`, async () => {
      const context = await browser().newContext({ viewport: { width, height }, isMobile: true, hasTouch: true })
      const page = await context.newPage()
      await begin(page, 'en', '?links=qr')
      await page.locator('[data-role="take-action"]').tap()
      const panel = page.locator('[data-role="action-panel"]')
      await panel.locator('[data-action-item="volunteer"] .qr svg').waitFor()
      const box = (await panel.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(height)
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      // Taller content scrolls inside the panel: its last buttons come into view and take a tap.
      const reachable = await panel.evaluate((el) => {
        const out: string[] = []
        for (const b of el.querySelectorAll<HTMLElement>('[data-role="write-letter"], button.close')) {
          b.scrollIntoView({ block: 'nearest' })
          const r = b.getBoundingClientRect()
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
          if (hit === b || b.contains(hit)) out.push(b.textContent ?? '')
        }
        return out.length
      })
      expect(reachable).toBe(2)
      // Scrolling the panel's links to their end and on does not scroll the page behind it (the cell choice, itself
      // taller than the screen): the panel stays where it is, over what it was opened over. (Its links scroll; the
      // letter's button and Close stay below them.)
      const links = panel.locator('.action-body')
      await links.evaluate((el) => {
        el.scrollTo(0, 0)
        window.scrollTo(0, 0)
      })
      const linksBox = (await links.boundingBox())!
      await page.mouse.move(linksBox.x + linksBox.width / 2, linksBox.y + linksBox.height / 2)
      const end = await links.evaluate((el) => el.scrollHeight - el.clientHeight)
      expect(end).toBeGreaterThan(0)
      for (let i = 0; i < 8; i++) await page.mouse.wheel(0, height)
      await expect.poll(() => links.evaluate((el) => Math.round(el.scrollTop))).toBe(end)
      await frames(page, 10)
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      await page.locator('[data-role="write-letter"]').tap()
      await page.waitForSelector('#root[data-phase="letter"]')
      await context.close()
    })
  }
})

describe('the kiosk "Still there?" card', () => {
  it('is opaque', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await context.newPage()
    await page.clock.install()
    await page.goto(`${baseURL()}?mode=kiosk&lang=en&idle=30&countdown=20&offline=0`)
    await page.waitForSelector('#root[data-phase="attract"]')
    await page.locator('[data-start-lang="en"]').tap({ force: true })
    await page.waitForSelector('#root[data-phase="cells"]')
    await page.clock.fastForward(31_000)
    await page.locator('[data-role="still-there"]').waitFor()
    expect((await background(page, '.still-there-card'))[3] ?? 1).toBe(1)
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cells')
    await context.close()
  })
})

describe('printing the postcard', () => {
  it('prints on A6 (105 × 148 mm) when the browser honours the page size the CSS asks for', async () => {
    const context = await newContext(browser(), { viewport: { width: 900, height: 900 } })
    const page = await context.newPage()
    await begin(page, 'en')
    await openLetters(page)
    await page.selectOption('[data-role="recipient"]', letters.recipients[0]!.id)
    await page.check(`[data-phrase="${letters.phrases[0]!.id}"]`)
    await page.locator('[data-role="postcard-sheet"]').waitFor({ state: 'attached' })
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ])
    // The postcard and the envelope text, each on an A6 sheet: 105 mm × 148 mm = 297.6 × 419.5 pt (Chromium rounds
    // to whole points); US Letter, where the named size is ignored, is 612 × 792.
    expect(boxes.length).toBeGreaterThanOrEqual(2)
    for (const [w = 0, h = 0] of boxes) {
      expect(Math.abs(w - 297.6)).toBeLessThanOrEqual(1)
      expect(Math.abs(h - 419.5)).toBeLessThanOrEqual(1)
    }
    await context.close()
  })
})
