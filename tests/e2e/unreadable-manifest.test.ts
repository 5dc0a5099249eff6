import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ACTIONS, actionsEn } from '../../src/actions/messages'
import { baseURL, newContext, root, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })
const MANIFEST = /\/content\/manifest\.json$/

/** Ways a manifest cannot be read, as the server or a curator may leave it. */
const UNREADABLE: [string, (route: Route) => Promise<void>][] = [
  ['not JSON', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '<html>oops</html>' })],
  ['empty', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '' })],
  ['of the wrong shape', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"cells": 3}' })],
  ['answered with an error (500)', (r) => r.fulfill({ status: 500, body: 'Internal Server Error' })],
  ['not answered (the network failed)', (r) => r.abort('internetdisconnected')],
]

/** Opens the site with the manifest answered by `answer`, and taps Begin. */
async function beginWith(answer: (route: Route) => Promise<void>): Promise<Page> {
  const context = await newContext(browser())
  await context.route(MANIFEST, answer)
  const page = await context.newPage()
  await page.goto(baseURL())
  await page.waitForSelector('#root[data-app="ready"]')
  await page.click('[data-role="begin"]')
  await page.waitForSelector('#root[data-phase="cells"]')
  await page.locator('[data-role="content-problems"]').waitFor()
  return page
}

describe('a manifest that cannot be read', () => {
  it.each(UNREADABLE)(
    '%s: the top bar stays, Take action names its links as unavailable, and Write a letter works',
    async (what, answer) => {
      const page = await beginWith(answer)
      // The top bar: Comfort, the language choice and Take action.
      for (const role of ['comfort', 'language', 'take-action'])
        await page.locator(`.top-actions [data-role="${role}"]`).waitFor({ state: 'visible' })
      await page.click('[data-role="take-action"]')
      for (const role of ['petition', 'volunteer'] as const) {
        const item = page.locator(`[data-action-item="${role}"][data-unavailable]`)
        await expect.poll(() => item.textContent()).toBe(`${actionsEn[role]}${actionsEn.unavailable}`)
        expect(await item.locator('a').count()).toBe(0)
      }
      // Try again only where asking again may help: a request that failed, not a file that is broken.
      const retry = page.locator('[data-role="retry-content"]')
      expect(await retry.count(), what).toBe(/500|network/.test(what) ? 1 : 0)
      // The letter page needs no manifest.
      await page.click('[data-role="write-letter"]')
      await page.waitForSelector('#root[data-phase="letter"]')
      await page.locator('[data-role="composer"]').waitFor({ state: 'visible' })
    },
  )

  it('in the visitor language, and Try again brings the cells once the manifest arrives', async () => {
    let failing = true
    const page = await beginWith((route) => (failing ? route.abort('internetdisconnected') : route.continue()))
    await page.selectOption('.top-actions [data-role="language"]', 'uk')
    await page.waitForSelector('#root[data-lang="uk"]')
    await page.click('[data-role="take-action"]')
    await expect
      .poll(() => page.locator('[data-action-item="petition"] [data-role="action-unavailable"]').textContent())
      .toBe(ACTIONS.uk.unavailable)
    await page.click('[data-role="close-actions"]')
    // Still failing: the problem stays, with Try again.
    await page.click('[data-role="retry-content"]')
    await page.locator('[data-role="retry-content"]:not([aria-busy="true"])').waitFor()
    expect(await page.locator('[data-enter-cell]').count()).toBe(0)
    // The network is back.
    failing = false
    await page.click('[data-role="retry-content"]')
    await page.locator('[data-enter-cell]').first().waitFor()
    expect(await page.locator('[data-role="content-problems"]').count()).toBe(0)
    await page.click('[data-role="take-action"]')
    await page.locator('a[data-action="petition"]').waitFor()
    expect(await root(page).getAttribute('data-lang')).toBe('uk')
  })
})
