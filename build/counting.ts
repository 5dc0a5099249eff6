import type { Plugin } from 'vite'
import en from '../src/i18n/locales/en.ts'

/** The setting's meta tag, as src/state/deployment.ts (readSiteSettings) reads it (a unit test reads one with the other). */
const COUNTING_META = 'pv-counting'

/** Escapes text for an HTML text node or attribute. */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The page as built with counting on: the site's setting as a meta tag (read by src/state/deployment.ts, so no address
 * can turn it on) and, on the landing before any script runs, the sentence that says what is counted.
 * @example withCounting(html) // what `PV_COUNTING=1 npm run build` writes
 */
export function withCounting(html: string): string {
  const out = html
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta name="${COUNTING_META}" content="on" />`)
    .replace(
      /(\n(\s*)<label class="landing-lang">)/,
      `\n$2<p class="landing-counting" data-role="counting-note">${escape(en.countingNote)}</p>$1`,
    )
  if (!out.includes(COUNTING_META) || !out.includes('data-role="counting-note"'))
    throw new Error('build/counting: index.html has no charset meta or no language label to write beside')
  return out
}

/** Counting, off unless whoever deploys builds with `PV_COUNTING=1` (docs/counting.md). */
export function countingSetting(on = process.env.PV_COUNTING === '1'): Plugin {
  return {
    name: 'counting-setting',
    transformIndexHtml(html, ctx) {
      // The studio page is no visitor's page.
      if (!on || !ctx.filename.endsWith('index.html')) return html
      return withCounting(html)
    },
  }
}
