import { describe, expect, it } from 'vitest'
import { baseURL, root, useBrowser } from './harness'

// No autoplay flag: the early Begin tap must still be what lets the sound start, or the page must ask again.
const browser = useBrowser()

describe('a Begin tap before the app has run', () => {
  it('is kept and honoured once the app runs: the cell choice follows with no second tap, or a visible second ask', async () => {
    const page = await browser().newPage()
    // The app's script arrives only after the tap, as on a slow connection.
    let release = () => undefined as void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(baseURL(), { waitUntil: 'commit' })
    await page.waitForSelector('#root[data-begin="listening"]')
    await page.click('[data-role="begin"]')
    // The tap is taken and shown as taken, while the page is still the plain landing.
    await expect.poll(() => root(page).getAttribute('data-begin')).toBe('early')
    await expect.poll(() => page.getAttribute('[data-role="begin"]', 'aria-busy')).toBe('true')
    expect(await root(page).getAttribute('data-phase')).toBe('landing')
    expect(await root(page).getAttribute('data-app')).toBeNull()

    release()
    await page.waitForSelector('#root[data-app="ready"][data-phase="cells"]')
    await page.waitForSelector('[data-enter-cell]')
    await page.waitForSelector('#root[data-sound]')
    // Either the tap unlocked the sound, or the page asks once more, in plain view, and one tap is enough.
    const ask = page.locator('[data-role="sound-ask"]')
    if ((await root(page).getAttribute('data-sound')) !== 'running') {
      await ask.waitFor({ state: 'visible' })
      await ask.click()
    }
    await page.waitForSelector('#root[data-sound="running"]')
    await ask.waitFor({ state: 'detached' })
  })

  it('is never lost: a tap the moment Begin is on screen, before the early script has run, is kept or was not offered', async () => {
    const page = await browser().newPage()
    // The early script arrives late, as on a slow connection: the landing is on screen before it has run.
    let release = () => undefined as void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/begin-early\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(baseURL(), { waitUntil: 'commit' })
    const begin = page.locator('[data-role="begin"]')
    await begin.waitFor({ state: 'visible' })
    // A person taps it at once, with a real pointer, as they see it.
    const offered = await begin.isEnabled()
    const box = await begin.boundingBox()
    if (!box) throw new Error('Begin has no box')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    release()
    await page.waitForSelector('#root[data-app="ready"]')
    if (offered) {
      // Offered as active, the tap must have been kept.
      await page.waitForSelector('#root[data-phase="cells"]')
    } else {
      // Not offered: nothing happened, and Begin works as soon as it is offered.
      expect(await root(page).getAttribute('data-phase')).toBe('landing')
      await begin.click()
      await page.waitForSelector('#root[data-phase="cells"]')
    }
  })

  it('is not taken twice once the app handles Begin itself', async () => {
    const page = await browser().newPage()
    await page.goto(baseURL())
    await page.waitForSelector('#root[data-app="ready"]')
    await page.click('[data-role="begin"]')
    await page.waitForSelector('#root[data-phase="cells"][data-sound="running"]')
    expect(await root(page).getAttribute('data-begin')).toBeNull()
    expect(await page.locator('[data-role="sound-ask"]').count()).toBe(0)
  })
})
