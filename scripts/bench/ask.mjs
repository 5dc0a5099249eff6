// Ask (npm run bench -- --only ask): first-match accuracy on the test phrasings of each language (at least 80%, and
// never a wrong part played as the answer), and the time one question takes against a synthetic index as large as
// the content limits allow in one language (40 cells × 24 testimonies × 10 parts: the index a visitor's language
// needs, of the four) in headless Chromium with its CPU
// slowed four times (CDP Emulation.setCPUThrottlingRate): under 50 ms. The matching code is src/ask itself, bundled
// by Vite for the page; the accuracy runs it in Node through Vite's module runner.
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../browsers/chromium.mjs'
import { askAccuracy } from './ask-data.mjs'

const LANGS = /** @type {const} */ (['en', 'uk', 'de', 'pl'])
const ACCURACY = 0.8
const BUDGET_MS = 50
const THROTTLE = 4
const SIZE = { cells: 40, testimonies: 24, parts: 10, languages: 4 }

/** @returns {Promise<boolean>} whether every figure holds */
export async function benchAsk() {
  const { runnerImport, build } = await import('vite')
  const path = (/** @type {string} */ p) => fileURLToPath(new URL(p, import.meta.url))
  const [match, collect] = await Promise.all([
    runnerImport(path('../../src/ask/match.ts')).then(
      (r) => /** @type {typeof import('../../src/ask/match.ts')} */ (r.module),
    ),
    runnerImport(path('../../src/ask/collect.ts')).then(
      (r) => /** @type {typeof import('../../src/ask/collect.ts')} */ (r.module),
    ),
  ])
  let holds = true
  const rows = []
  for (const lang of LANGS) {
    const a = await askAccuracy({ ...match, ...collect }, lang)
    const share = a.right / a.asked
    const ok = share >= ACCURACY && a.wrongConfident === 0 && a.unanswerableRefused === a.unanswerable
    holds &&= ok
    rows.push({
      lang,
      'first match right': `${a.right}/${a.asked} (${(share * 100).toFixed(0)}%)`,
      'no recorded answer (missed)': a.noAnswer,
      'wrong part, confident': a.wrongConfident,
      'unanswerable refused': `${a.unanswerableRefused}/${a.unanswerable}`,
      verdict: ok ? 'ok' : 'FAIL',
    })
    for (const miss of a.misses) console.log(`  ${lang} miss: ${miss}`)
  }
  console.log(
    `Ask, first-match accuracy on the test phrasings (tests/fixtures/ask-phrasings.json), at least ${ACCURACY * 100}%:`,
  )
  console.table(rows)

  // The matching code as the page runs it: src/ask/match.ts bundled alone (MiniSearch included), exposed on window.
  const built = /** @type {any} */ (
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry: path('../../src/ask/match.ts'), formats: ['iife'], name: 'askMatch' },
      },
    })
  )
  const bundled = Array.isArray(built) ? built[0] : built
  /** @type {string} */
  const code = bundled.output[0].code
  const { gzipSync } = await import('node:zlib')
  console.log(`  the matching code with MiniSearch, minified: ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`)
  const browser = await launchChromium({ exposeGc: true })
  try {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>ask</title>')
    await page.addScriptTag({ content: code })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    const timing = await page.evaluate((size) => {
      const { buildAskIndex, findAnswer } = /** @type {any} */ (window).askMatch
      // Synthetic text like speech: 5,000 made-up words drawn by Zipf's law (a few very common, most rare), so that a
      // question's words are spread over the parts as a real vocabulary's are.
      let seed = 7
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
      const syllables = 'ka to mi re su na lo pe vi da go ru te zo ba ni fe lu sa ko'.split(' ')
      const vocabulary = Array.from({ length: 5000 }, (_, i) => {
        let w = ''
        for (let n = i + 1; n > 0; n = Math.floor(n / syllables.length)) w += syllables[n % syllables.length]
        return `${w}x`
      })
      const harmonic = vocabulary.reduce((sum, _, i) => sum + 1 / (i + 1), 0)
      const word = () => {
        let r = random() * harmonic
        for (let i = 0; i < vocabulary.length; i++) if ((r -= 1 / (i + 1)) <= 0) return vocabulary[i]
        return vocabulary[vocabulary.length - 1]
      }
      const sentence = (/** @type {number} */ n) => Array.from({ length: n }, word).join(' ')
      // A question is matched only in the visitor's language, so the index is one language's: every cell's parts there.
      const parts = []
      for (let c = 0; c < size.cells; c++)
        for (let t = 0; t < size.testimonies; t++)
          for (let p = 0; p < size.parts; p++)
            parts.push({
              cell: `c${c}`,
              testimony: `t${c}-${t}`,
              part: p,
              start: p * 30,
              end: p * 30 + 30,
              title: sentence(3),
              questions: [`${sentence(5)}?`, `${sentence(4)}?`, `${sentence(6)}?`],
              captions: sentence(60),
            })
      const builtAt = performance.now()
      const index = buildAskIndex(parts, 'en')
      const buildMs = performance.now() - builtAt
      const questions = Array.from({ length: 30 }, () => `${sentence(5)}?`)
      findAnswer(index, questions[0]) // the first call warms the code
      // the index is built when Ask opens, a question asked later: building's garbage is not the question's
      window.gc?.()
      const times = questions.map((q) => {
        const at = performance.now()
        findAnswer(index, q)
        return performance.now() - at
      })
      const inCell = questions.map((q) => {
        const at = performance.now()
        findAnswer(index, q, 'c3')
        return performance.now() - at
      })
      // What the app searches: one cell at the limits (24 testimonies × 10 parts) in the visitor's language.
      const cellIndex = buildAskIndex(
        parts.filter((p) => p.cell === 'c3'),
        'en',
      )
      const oneCell = questions.map((q) => {
        const at = performance.now()
        findAnswer(cellIndex, q)
        return performance.now() - at
      })
      oneCell.sort((a, b) => a - b)
      times.sort((a, b) => a - b)
      inCell.sort((a, b) => a - b)
      return {
        parts: parts.length,
        buildMs,
        median: times[times.length >> 1],
        worst: times[times.length - 1],
        cellWorst: inCell[inCell.length - 1],
        oneCellWorst: oneCell[oneCell.length - 1],
        oneCellMedian: oneCell[oneCell.length >> 1],
      }
    }, SIZE)
    const ok = timing.worst < BUDGET_MS
    holds &&= ok
    console.log(
      `Ask, one question against ${timing.parts} parts, one language's of ${SIZE.cells} cells × ` +
        `${SIZE.testimonies} testimonies × ${SIZE.parts} parts × ${SIZE.languages} languages (a question is matched ` +
        `in the visitor's language only), Chromium at ${THROTTLE}× CPU slowdown:\n` +
        `  median ${timing.median.toFixed(1)} ms, slowest of 30 ${timing.worst.toFixed(1)} ms (budget ${BUDGET_MS} ms): ` +
        `${ok ? 'ok' : 'FAIL'}; kept to one cell ${timing.cellWorst.toFixed(1)} ms; building the index ` +
        `${timing.buildMs.toFixed(0)} ms\n` +
        `  the app's own index (one cell at the limits, 240 parts in the visitor's language): median ` +
        `${timing.oneCellMedian.toFixed(1)} ms, slowest ${timing.oneCellWorst.toFixed(1)} ms`,
    )
  } finally {
    await browser.close()
  }
  return holds
}
