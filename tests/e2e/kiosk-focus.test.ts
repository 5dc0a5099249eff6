import { describe, expect, it } from 'vitest'
import { newContext, openKiosk, pauseClock, root, useBrowser } from './harness'

const browser = useBrowser()

describe('kiosk "Still there?" from the keyboard', () => {
  it('is an alert dialog that takes the focus on its Continue button and gives it back where it was', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await openKiosk(context, 'lang=en&idle=60&countdown=20&offline=0')
    await page.locator('[data-start-lang="en"]').click({ force: true })
    await page.waitForSelector('#root[data-phase="cells"]')

    // A visitor at a keyboard has Take action focused (focusing counts as no activity), then walks away.
    const focusedRole = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.role ?? '')
    await page.focus('[data-role="take-action"]')
    await pauseClock(page, 500)
    await page.clock.fastForward(60_000)
    const dialog = page.locator('[role="alertdialog"][data-role="still-there"]')
    await dialog.waitFor()
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true')
    // It names itself and says what will happen: a screen reader reads both when the focus lands.
    const described = await dialog.evaluate((el) =>
      ['aria-labelledby', 'aria-describedby'].map(
        (a) => document.getElementById(el.getAttribute(a) ?? '')?.textContent,
      ),
    )
    expect(described[0]).toBe('Still there?')
    expect(described[1]).toMatch(/20/)
    await expect.poll(focusedRole).toBe('still-here')

    // Enter answers it: the card goes, the visit goes on, and the focus is back on Take action.
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cells')
    await expect.poll(focusedRole).toBe('take-action')
    await context.close()
  })
})
