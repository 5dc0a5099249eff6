import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { bounded } from './harness'

const require = createRequire(import.meta.url)
const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Runs axe-core (from node_modules, injected into the page: the site's CSP never sees it) with its default rules —
 * WCAG 2.x A and AA plus best practices such as "all content inside landmarks" — and returns what it reports.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(source)
  return bounded(
    'axe-core',
    page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResults> } }).axe
      interface AxeResults {
        violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]
      }
      const results = await axe.run(document, { resultTypes: ['violations'] })
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }))
    }),
  )
}

/** One line per violation, for a readable failure message. */
export function describeViolations(where: string, violations: readonly AxeViolation[]): string[] {
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.slice(0, 4).join(', ')}`)
}
