// Lists the largest packages in each built chunk (rendered bytes before gzip): `node scripts/bench/bundle-report.mjs`.
import { build } from 'vite'
/** @import { Plugin } from 'vite' */

/** @type {Plugin} */
const report = {
  name: 'bundle-report',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue
      /** @type {Map<string, number>} */
      const byPackage = new Map()
      for (const [id, info] of Object.entries(chunk.modules)) {
        const m = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
        const key = m ? m[1] : 'src'
        byPackage.set(key, (byPackage.get(key) ?? 0) + info.renderedLength)
      }
      const rows = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)
      console.log(`\n${chunk.fileName}`)
      for (const [name, bytes] of rows) console.log(`  ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${name}`)
    }
  },
}
await build({ logLevel: 'warn', plugins: [report], build: { write: false } })
