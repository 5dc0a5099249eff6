import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  baseURL,
  begin,
  cspViolations,
  demoCells,
  enterCell,
  foreignRequests,
  frames,
  installEmulatedHeadset,
  newContext,
  recordRequests,
  useBrowser,
  watchCsp,
} from './harness'
import { endSession, select, xrFrames, type V3 } from './controller'

// A trigger pull must be allowed to start speech (the audio unlock is tested on screen).
const browser = useBrowser({ autoplay: true })

/** What the headset shows of the visitor, as the scene publishes it once drawn: "controller-right:<profile>" … */
const bodies = (page: Page) =>
  page.locator('canvas[data-role="scene"]').evaluate((c) => (c as HTMLElement).dataset.xrBodies ?? '')

/** Waits until the scene has drawn `body` ("controller-left:meta-quest-touch-plus", "hand-right:generic-hand"). */
async function drawn(page: Page, body: string): Promise<void> {
  await page.waitForSelector(`canvas[data-role="scene"][data-xr-bodies~="${body}"]`, { state: 'attached' })
}

const modelRequests = (urls: readonly string[]) =>
  urls.filter((u) => new URL(u).pathname.includes('/xr-profiles/') && u.endsWith('.glb'))

const profileRequests = (urls: readonly string[]) => urls.filter((u) => new URL(u).pathname.includes('/xr-profiles/'))

/**
 * Opens the first demo cell on screen in an emulated headset, and enters VR from it. `unreachable`: model files the
 * server does not answer for.
 */
async function intoVR(controllerProfile = '', unreachable = '') {
  const context = await newContext(browser(), { viewport: { width: 1024, height: 700 } })
  if (unreachable) await context.route(`**/xr-profiles/${unreachable}`, (route) => route.abort())
  const requests = recordRequests(context)
  await watchCsp(context)
  await installEmulatedHeadset(context, { controllerProfile })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await begin(page)
  // On screen, in the landing, the cell choice and a drawn cell, no controller or hand is asked for.
  expect(profileRequests(requests)).toEqual([])
  await enterCell(page, demoCells()[0].id)
  await frames(page, 10)
  expect(profileRequests(requests)).toEqual([])
  expect(requests.filter((u) => /xr-bodies/.test(u))).toEqual([])
  await page.click('[data-role="enter-vr"]')
  await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
  return { context, page, requests, errors }
}

describe('bodies in VR, in an emulated Meta Quest 3', () => {
  it("shows the Quest 3's own controllers once VR starts, fetched from this site only then", async () => {
    const { context, page, requests, errors } = await intoVR()
    await drawn(page, 'controller-left:meta-quest-touch-plus')
    await drawn(page, 'controller-right:meta-quest-touch-plus')

    const own = `${baseURL()}xr-profiles/`
    expect(modelRequests(requests).sort()).toEqual([
      `${own}meta-quest-touch-plus/left.glb`,
      `${own}meta-quest-touch-plus/right.glb`,
    ])
    expect(foreignRequests(requests)).toEqual([])

    // Leaving VR takes the bodies with it.
    await endSession(page)
    await page.waitForSelector('#root[data-xr-mode="none"]')
    await expect.poll(() => bodies(page)).toBe('')
    expect(errors).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })

  it('gives a controller the site has no model for the plain generic one', async () => {
    const { context, page, requests, errors } = await intoVR('acme-wand')
    await drawn(page, 'controller-left:generic-trigger')
    await drawn(page, 'controller-right:generic-trigger')
    expect(modelRequests(requests).map((u) => new URL(u).pathname.replace(/^.*\/xr-profiles\//, ''))).toEqual(
      expect.arrayContaining(['generic-trigger/left.glb', 'generic-trigger/right.glb']),
    )
    expect(modelRequests(requests).some((u) => u.includes('acme-wand'))).toBe(false)
    expect(foreignRequests(requests)).toEqual([])
    expect(errors).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })

  it('shows a plain grip for a controller whose model cannot be fetched, and its ray still selects', async () => {
    const { context, page, errors } = await intoVR('', 'meta-quest-touch-plus/*.glb')
    await drawn(page, 'controller-left:built-in')
    await drawn(page, 'controller-right:built-in')
    const cell = demoCells()[0]
    const [sx, , sz] = cell.start.position
    const target = cell.testimonies[0]
    const local: V3 = [target.position[0] - sx, target.position[1], target.position[2] - sz]
    await select(page, [0.2, 1.3, -0.3], local, `#root[data-playing="${target.id}"]`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the generic hand model for each tracked hand when the controllers are put down', async () => {
    const { context, page, requests, errors } = await intoVR()
    await drawn(page, 'controller-right:meta-quest-touch-plus')
    await page.evaluate(() => {
      ;(window as unknown as { __xrDevice: { primaryInputMode: string } }).__xrDevice.primaryInputMode = 'hand'
    })
    await xrFrames(page, 3)
    await drawn(page, 'hand-left:generic-hand')
    await drawn(page, 'hand-right:generic-hand')
    // The controllers are gone from the scene with the controllers themselves.
    expect((await bodies(page)).split(' ').sort()).toEqual(['hand-left:generic-hand', 'hand-right:generic-hand'])
    expect(modelRequests(requests).filter((u) => u.includes('/generic-hand/')).length).toBe(2)
    expect(foreignRequests(requests)).toEqual([])
    expect(errors).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })
})
