import { it } from 'vitest'
import { begin, demoCells, enterCell, installEmulatedHeadset, launch } from './harness'
it('shot', async () => {
  const browser = await launch({ autoplay: true })
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } })
  await installEmulatedHeadset(context)
  const page = await context.newPage()
  page.on('console', (m) => console.log('CONSOLE', m.text()))
  await begin(page)
  await enterCell(page, demoCells()[0].id)
  await page.click('[data-role="enter-vr"]')
  await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-role="take-action"]')?.click())
  await page.waitForTimeout(1500)
  await page.screenshot({ path: '/tmp/vr.png' })
  await browser.close()
})
