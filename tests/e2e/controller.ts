import type { Page } from 'playwright-core'

export type V3 = [number, number, number]

interface EmulatedController {
  position: { set(x: number, y: number, z: number): void }
  quaternion: { set(x: number, y: number, z: number, w: number): void }
  updateButtonValue(id: string, value: number): void
}

/** The rotation that turns a controller's pointing axis (−z) towards `to`. */
export function aim(from: V3, to: V3): [number, number, number, number] {
  const d = [to[0] - from[0], to[1] - from[1], to[2] - from[2]]
  const len = Math.hypot(d[0], d[1], d[2])
  const [bx, by, bz] = d.map((x) => x / len)
  // Shortest arc from (0, 0, −1) to b: axis (0,0,−1)×b, angle from their dot product.
  const r = 1 - bz
  if (r < 1e-6) return [0, 1, 0, 0]
  const q = [by, -bx, 0, r]
  const n = Math.hypot(...q)
  return q.map((x) => x / n) as [number, number, number, number]
}

/** Puts the emulated right controller at `hand` (reference-space metres), pointing at `target`. */
async function holdRightController(page: Page, hand: V3, target: V3): Promise<void> {
  const q = aim(hand, target)
  await page.evaluate(
    ({ hand, q }) => {
      const right = (window as unknown as { __xrDevice: { controllers: { right: EmulatedController } } }).__xrDevice
        .controllers.right
      right.position.set(hand[0], hand[1], hand[2])
      right.quaternion.set(q[0], q[1], q[2], q[3])
    },
    { hand, q },
  )
}

/** Holds the emulated right controller at `hand` (reference-space metres), pointing at `target`. */
export async function pointRightController(page: Page, hand: V3, target: V3): Promise<void> {
  await holdRightController(page, hand, target)
  await page.waitForTimeout(300)
}

/** A trigger pull held over several frames, as a person does it. */
export async function pullTrigger(page: Page): Promise<void> {
  const set = (value: number) =>
    page.evaluate((v) => {
      const right = (window as unknown as { __xrDevice: { controllers: { right: EmulatedController } } }).__xrDevice
        .controllers.right
      right.updateButtonValue('trigger', v)
    }, value)
  await set(1)
  await page.waitForTimeout(200)
  await set(0)
  await page.waitForTimeout(300)
}

/** Ends the immersive session the way taking the headset off or the browser's own exit does. */
export async function endSession(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __xrDevice: { activeSession?: { end(): Promise<void> } } }).__xrDevice.activeSession?.end(),
  )
}

/** Resolves once the immersive session has run `count` more frames (the emulator reads poses and buttons per frame). */
export async function xrFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const session = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession
        if (!session) return resolve()
        let left = n
        const tick = () => (--left <= 0 ? resolve() : session.requestAnimationFrame(tick))
        session.requestAnimationFrame(tick)
      }),
    count,
  )
}

/**
 * Points the right controller at `target` and pulls the trigger for exactly one frame, timed inside the page: on a
 * slow machine a pull timed in milliseconds can fall between frames, or span so many that it is no longer a click.
 */
export async function aimAndPull(page: Page, hand: V3, target: V3): Promise<void> {
  await holdRightController(page, hand, target)
  await xrFrames(page, 3)
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const device = (
          window as unknown as {
            __xrDevice: { controllers: { right: EmulatedController }; activeSession?: XRSession }
          }
        ).__xrDevice
        const session = device.activeSession
        if (!session) return resolve()
        // Button values apply at the start of the next frame: pressed for that one, released for the one after.
        device.controllers.right.updateButtonValue('trigger', 1)
        session.requestAnimationFrame(() => {
          device.controllers.right.updateButtonValue('trigger', 0)
          session.requestAnimationFrame(() => session.requestAnimationFrame(() => resolve()))
        })
      }),
  )
}
