import type { Page } from 'playwright-core'
import { bounded } from './harness'
import { XR_CLICK_TIME } from './limits'

export type V3 = [number, number, number]

interface EmulatedController {
  position: { set(x: number, y: number, z: number): void }
  quaternion: { set(x: number, y: number, z: number, w: number): void }
  updateButtonValue(id: string, value: number): void
}

/** How many pulls a test makes before it gives up on a selection (each one lost only in a frame slower than a click). */
const PULLS = 5

/** The rotation that turns a controller's pointing axis (−z) towards `to`. */
function aim(from: V3, to: V3): [number, number, number, number] {
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
export async function holdRightController(page: Page, hand: V3, target: V3): Promise<void> {
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

/** Ends the immersive session the way taking the headset off or the browser's own exit does. */
export async function endSession(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __xrDevice: { activeSession?: { end(): Promise<void> } } }).__xrDevice.activeSession?.end(),
  )
}

/**
 * Resolves once the immersive session has run `count` more frames (the emulator reads poses and buttons per frame;
 * inside a session the page's own animation frames may not run).
 */
export async function xrFrames(page: Page, count = 2): Promise<void> {
  const frames = page.evaluate(
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
  await bounded(`${count} frames of the immersive session`, frames)
}

/**
 * Pulls the right controller's trigger for exactly one frame, timed inside the page, and returns how long the press
 * lasted as the app sees it: from the emulator's `selectstart` to its `selectend`. On a slow machine a pull timed in
 * milliseconds can fall between frames, or span so many that it is no longer a click.
 */
export async function pullTrigger(page: Page): Promise<number> {
  const press = page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const device = (
          window as unknown as {
            __xrDevice: { controllers: { right: EmulatedController }; activeSession?: XRSession }
          }
        ).__xrDevice
        const session = device.activeSession
        if (!session) return reject(new Error('no immersive session to pull the trigger in'))
        let start = NaN
        const onStart = (e: Event) => (start = e.timeStamp)
        const onEnd = (e: Event) => {
          session.removeEventListener('selectstart', onStart)
          session.removeEventListener('selectend', onEnd)
          // One frame later, so whatever the selection does has run.
          session.requestAnimationFrame(() => resolve(e.timeStamp - start))
        }
        session.addEventListener('selectstart', onStart)
        session.addEventListener('selectend', onEnd)
        // Button values apply at the start of the next frame: pressed for that one, released for the one after.
        device.controllers.right.updateButtonValue('trigger', 1)
        session.requestAnimationFrame(() => device.controllers.right.updateButtonValue('trigger', 0))
      }),
  )
  return bounded('a trigger pull', press)
}

/** Points the right controller at `target` for a few frames, then pulls the trigger once (see `pullTrigger`). */
async function aimAndPull(page: Page, hand: V3, target: V3): Promise<number> {
  await holdRightController(page, hand, target)
  await xrFrames(page, 3)
  return pullTrigger(page)
}

/**
 * Selects what lies at `target`, as a person does: aim, pull, and the selection shows as `done` on the page (pass
 * null where nothing on the page shows it). A pull whose frames outlast the app's click time selects nothing, and is
 * made again; one that was quick enough must select, so it is never repeated (a second pull could undo a toggle).
 */
export async function select(page: Page, hand: V3, target: V3, done: string | null): Promise<void> {
  const presses: number[] = []
  for (let pull = 0; pull < PULLS; pull++) {
    const press = await aimAndPull(page, hand, target)
    presses.push(Math.round(press))
    if (press <= XR_CLICK_TIME) {
      if (done) await page.waitForSelector(done, { state: 'attached' })
      return
    }
  }
  throw new Error(`${PULLS} pulls, each held longer than a click by slow frames (${presses.join(', ')} ms)`)
}
