import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Letters } from '../../src/letters/schema'
import { demoCells, readJson } from '../e2e/harness'
import { begin, coveredAtCentre, enterCell, openApp } from './app'
import { DESKTOP, PHONE, type WebKitPage } from '../../scripts/browsers/webkit-page.mjs'

const letters = readJson<Letters>('content/letters.json')

describe.each([
  { size: 'phone', viewport: PHONE },
  { size: 'desktop', viewport: DESKTOP },
])('Take action in WebKit at $size size', ({ viewport }) => {
  let page: WebKitPage
  beforeAll(async () => {
    page = await openApp(viewport)
    await begin(page, 'en')
  })
  afterAll(async () => {
    // The window stays for the next test file; the page goes, and with it its sound.
    await page?.goto('about:blank')
  })

  it("inside a cell with the testimony list open, nothing covers Take action's buttons", async () => {
    await enterCell(page, demoCells()[0]!.id)
    await page.click('.testimony-list summary')
    await page.waitFor(`document.querySelector('.testimony-list').open`, 'the testimony list open')
    expect(Object.values(await coveredAtCentre(page, '[data-role="take-action"]'))).toEqual([null])

    await page.click('[data-role="take-action"]')
    await page.waitForSelector('[data-role="action-panel"]')
    const buttons = '[data-role="take-action"], [data-role="action-panel"] a, [data-role="action-panel"] button'
    const covered = await coveredAtCentre(page, buttons)
    // Every button and link of the panel, the write-letter button and Close among them, and the toggle itself.
    expect(Object.keys(covered).length).toBeGreaterThanOrEqual(5)
    expect(Object.keys(covered).some((k) => k.includes('data-role=write-letter'))).toBe(true)
    expect(Object.keys(covered).some((k) => k.includes('button.close'))).toBe(true)
    const coveredBy = Object.entries(covered).filter(([, by]) => by !== null)
    expect(coveredBy, 'buttons whose centre something else covers, and by what').toEqual([])
  })

  it('Write a letter opens the letter page, and the composer previews the postcard', async () => {
    // The list closed again, as a visitor would before reaching for the panel.
    if (await page.eval<boolean>(`document.querySelector('.testimony-list').open`))
      await page.click('.testimony-list summary')
    if (!(await page.eval<boolean>(`!!document.querySelector('[data-role="action-panel"]')`)))
      await page.click('[data-role="take-action"]')
    await page.click('[data-role="write-letter"]')
    await page.waitForSelector('#root[data-phase="letter"] [data-role="letter-page"]')
    const person = letters.recipients[0]!
    const phrase = letters.phrases.find((p) => p.group === 'greeting' && p.ru.includes('{recipient}'))!
    await page.select('[data-role="recipient"]', person.id)
    await page.click(`[data-phrase="${phrase.id}"]`)
    await page.waitFor(`document.querySelector('[data-phrase="${phrase.id}"]').checked`, 'the phrase ticked')
    const russian = await page.waitForValue<string>(
      `document.querySelector('[data-role="postcard-russian"]')?.textContent`,
      'the postcard preview',
    )
    expect(russian).toContain(person.firstNameRu)
  })
})
