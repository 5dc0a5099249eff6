import { afterAll, describe, expect, inject, it } from 'vitest'
import { demoCells } from '../e2e/harness'
import { baseURL } from './app'
import { PHONE, WebKitPage } from '../../scripts/browsers/webkit-page.mjs'

/** A testimony's link opened in WebKit, the engine of every iPhone browser, where media starts only after a tap. */
describe('a link to a testimony in WebKit at phone size', () => {
  let page: WebKitPage | undefined
  afterAll(async () => {
    await page?.goto('about:blank')
  })

  it('one tap on Begin, and that voice speaks from the linked moment in its cell', async () => {
    const [sizo] = demoCells()
    const voice = sizo?.testimonies[0]
    if (!sizo || !voice) throw new Error('the demo has no cell with a testimony')
    page = await WebKitPage.attach(inject('webkitDriver'), inject('webkitSession'), PHONE)
    await page.goto(`${baseURL()}cells/${sizo.id}/${voice.id}/?at=0:05`)
    await page.eval('localStorage.clear()')
    await page.waitFor(`document.getElementById('root')?.dataset.app === 'ready'`, 'the app ready')
    await page.click('[data-role="begin"]')
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${sizo.id}"][data-playing="${voice.id}"]`)
    const at = await page.eval<number>(
      `document.querySelector('audio[data-role="testimony-audio"]')?.currentTime ?? -1`,
    )
    expect(at).toBeGreaterThanOrEqual(5)
    expect(await page.eval<string>('location.pathname')).toBe(`/cells/${sizo.id}/${voice.id}/`)
  })
})
