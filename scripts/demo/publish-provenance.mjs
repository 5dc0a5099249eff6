/**
 * Publishes only the DEMO's provenance records and consent scopes from content.mjs (provenance.mjs), keeping every
 * published model, recording and caption file: for a machine without espeak-ng, or when only those texts changed.
 * Each cell goes through the content tool's `publish`, as a curator's hand edit would: checked whole, its Quick Look
 * package written again, and its record's `published` listing the SHA-256 of every file published for it.
 * `published.by` is PV_CURATOR, or the demo recipe itself.
 *
 * Run:  npm run content:demo-provenance
 */
import { publish } from '../content/commands.mjs'
import { paths } from '../content/registry.mjs'
import { DEMO_PUBLISHER, cells } from './content.mjs'
import { PUBLIC } from './paths.mjs'

const site = paths(PUBLIC)
const by = process.env.PV_CURATOR || DEMO_PUBLISHER
for (const c of cells) {
  const record = {
    cell: c.id,
    demo: c.demo,
    room: c.provenance,
    testimonies: Object.fromEntries(c.testimonies.map((t) => [t.id, t.provenance])),
  }
  const consent = Object.fromEntries(c.testimonies.map((t) => [t.id, t.consentScope]))
  const { record: at, files } = await publish({ root: PUBLIC, cell: c.id, by, record, consent })
  console.log(`${site.cell(c.id)}  published by ${by}; ${at} lists ${files} files with their SHA-256`)
}
