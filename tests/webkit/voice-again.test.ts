import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import en from '../../src/i18n/locales/en'
import { startFaultServer, type FaultServer } from '../e2e/fault-server'
import { demoCells } from '../e2e/harness'
import { begin, enterCell, openApp } from './app'
import { DESKTOP, WebKitPage } from '../../scripts/browsers/webkit-page.mjs'

const audioTime = `document.querySelector('audio[data-role="testimony-audio"]')?.currentTime ?? -1`

/** WebKit's media pipeline is not Chromium's: a voice chosen again while it speaks must go on there too. */
describe('a voice chosen again while it speaks, in WebKit', () => {
  let page: WebKitPage
  beforeAll(async () => {
    page = await openApp(DESKTOP)
    await begin(page, 'en')
  })
  afterAll(async () => {
    await page?.goto('about:blank')
  })

  it('once, twice or fifty times from its marker: it speaks on, says "playing", and is never given up', async () => {
    const [cell] = demoCells()
    const voice = cell?.testimonies[0]
    if (!cell || !voice) throw new Error('the demo has no cell with a testimony')
    await enterCell(page, cell.id)
    const marker = `[data-testimony="${voice.id}"]`
    await page.waitFor(`getComputedStyle(document.querySelector('${marker}')).visibility === 'visible'`, 'the marker')
    await page.click(marker)
    await page.waitForSelector(`#root[data-playing="${voice.id}"][data-audio="playing"]`)
    for (const taps of [1, 2, 50]) {
      for (let i = 0; i < taps; i++) await page.click(marker)
      await page.waitForSelector(`#root[data-playing="${voice.id}"][data-audio="playing"]`)
    }
    // Twenty seconds of the voice later, as the visitor hears it: still speaking, and no error.
    const from = await page.eval<number>(audioTime)
    await page.waitFor(`(${audioTime}) > ${from + 20}`, 'twenty more seconds of the voice', 120_000)
    expect(await page.eval<string>(`document.getElementById('root').dataset.audio`)).toBe('playing')
    expect(await page.eval<number>(`document.querySelectorAll('[data-role="audio-error"]').length`)).toBe(0)
  })
})

/** WebKit, with a recording that does not come: the wait is shown where the visitor looks, busy for assistive technology. */
describe('a voice waiting for its data, in WebKit', () => {
  let page: WebKitPage
  let server: FaultServer
  beforeAll(async () => {
    server = await startFaultServer()
    page = await WebKitPage.attach(inject('webkitDriver'), inject('webkitSession'), DESKTOP)
  })
  afterAll(async () => {
    await page?.goto('about:blank')
    await server?.close()
  })

  it('the speaker card and the marker say the voice is coming, then speak when it does', async () => {
    const [cell] = demoCells()
    const [first, second] = cell?.testimonies ?? []
    if (!cell || !first || !second) throw new Error('the demo has no cell with two testimonies')
    // Nothing of either copy of the first recording arrives (the connection stays open).
    server.fault(`/${first.audio.opus}`, { stallAfter: 0 })
    server.fault(`/${first.audio.aac}`, { stallAfter: 0 })
    await page.goto(`${server.url}?lang=en`)
    await begin(page, 'en')
    await enterCell(page, cell.id)
    const marker = `[data-testimony="${first.id}"]`
    await page.waitFor(`getComputedStyle(document.querySelector('${marker}')).visibility === 'visible'`, 'the marker')
    await page.click(marker)
    await page.waitForSelector('[data-role="player-wait"]')
    await page.waitForSelector('[data-role="speaker-card"][aria-busy="true"]')
    await page.waitForSelector(`${marker}.is-waiting[aria-busy="true"]`)
    expect(await page.eval<string>(`document.querySelector('[data-role="player-wait"]').textContent`)).toBe(
      en.waitingVoice,
    )
    // Another voice, whose recording comes: it speaks, and nothing says "waiting" any more.
    await page.click(`[data-testimony="${second.id}"]`)
    await page.waitForSelector(`#root[data-playing="${second.id}"][data-audio="playing"]`)
    expect(await page.eval<number>(`document.querySelectorAll('[data-role="player-wait"], .is-waiting').length`)).toBe(
      0,
    )
  })
})
