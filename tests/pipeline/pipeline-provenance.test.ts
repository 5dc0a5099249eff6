import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { publish, review } from '../../scripts/content/commands.mjs'
import { copyOfPublic, treeHash } from './fixtures'

const CELL = 'basement'
const CELL_FILE = `content/cells/${CELL}.json`
const RECORD = `content/provenance/${CELL}.json`

let work: string
let root: string
/** The shipped cell file and record, restored before each case. */
let shipped: { cell: string; record: string }
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'))
const write = (file: string, data: unknown) => writeFileSync(join(root, file), `${JSON.stringify(data, null, 2)}\n`)
/** A day `days` from today, as `YYYY-MM-DD`. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

beforeAll(() => {
  ;({ work, root } = copyOfPublic('pv-provenance-'))
  shipped = { cell: readFileSync(join(root, CELL_FILE), 'utf8'), record: readFileSync(join(root, RECORD), 'utf8') }
})
beforeEach(() => {
  writeFileSync(join(root, CELL_FILE), shipped.cell)
  writeFileSync(join(root, RECORD), shipped.record)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Edits the cell file as a curator would by hand. */
interface EditedCell {
  provenance?: string
  testimonies: { consentScope?: { where: string[]; until?: string } }[]
}
async function edited(change: (cell: EditedCell) => void) {
  const cell = read(CELL_FILE)
  change(cell)
  write(CELL_FILE, cell)
}

describe('consent and provenance before publishing', () => {
  it('the shipped demo passes, each record listing every file published for its cell with its SHA-256', async () => {
    expect((await review({ root })).problems).toEqual([])
    const record = read(RECORD)
    const cell = read(CELL_FILE)
    const paths = record.published.files.map((f: { path: string }) => f.path)
    for (const t of cell.testimonies)
      expect(paths).toEqual(expect.arrayContaining([t.audio.opus, t.audio.aac, ...Object.values(t.captions)]))
    expect(paths).toEqual(expect.arrayContaining([CELL_FILE, cell.model, cell.quickLook, cell.ambient.opus]))
    for (const f of record.published.files) {
      const bytes = readFileSync(join(root, f.path))
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256)
    }
  }, 120_000)

  it('refuses a testimony without a consent scope, naming the file and field', async () => {
    await edited((cell) => delete cell.testimonies[1].consentScope)
    expect((await review({ root })).problems).toContain(
      `${CELL_FILE}: testimonies[1].consentScope: missing: a testimony is published only with what its speaker ` +
        'agreed to (where, until when, whom to contact to withdraw)',
    )
    // and publish refuses it, changing nothing
    const before = treeHash(root)
    await expect(publish({ root, cell: CELL, by: 'A curator' })).rejects.toThrow(
      /testimonies\[1\]\.consentScope: missing/,
    )
    expect(treeHash(root)).toBe(before)
  }, 120_000)

  it('refuses an expired consent, and warns of one that ends within 30 days', async () => {
    await edited((cell) => {
      cell.testimonies[0].consentScope!.until = day(-1)
      cell.testimonies[1].consentScope!.until = day(10)
    })
    const { problems, warnings } = await review({ root })
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${CELL_FILE}: testimonies\\[0\\]\\.consentScope\\.until: the consent ended on ${day(-1)}: withdraw`,
        ),
      ),
    )
    expect(warnings).toContain(
      `${CELL_FILE}: testimonies[1].consentScope.until: the consent ends on ${day(10)}, in 10 days: renew it or ` +
        'withdraw the testimony',
    )
    expect(problems.filter((p) => p.includes('testimonies[1].consentScope'))).toEqual([])
  }, 120_000)

  it('refuses a cell without a provenance record, or whose record has no sources', async () => {
    await edited((cell) => delete cell.provenance)
    expect((await review({ root })).problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${CELL_FILE}: provenance: missing: a cell is published only with its provenance record`),
      ),
    )
    writeFileSync(join(root, CELL_FILE), shipped.cell)
    write(RECORD, { ...read(RECORD), room: { ...read(RECORD).room, sources: [] } })
    expect((await review({ root })).problems).toContain(`${RECORD}: room.sources: a cell needs at least one source`)
  }, 120_000)

  it('refuses a record without an entry for a testimony', async () => {
    const record = read(RECORD)
    delete record.testimonies['basement-stairs']
    write(RECORD, record)
    expect((await review({ root })).problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${RECORD}: testimonies\\.basement-stairs: missing: testimony "basement-stairs" needs its record`),
      ),
    )
  }, 120_000)

  it('names a published file that differs from its record; publish records it anew, with when and by whom', async () => {
    await edited((cell) => (cell.testimonies[0].consentScope!.where = ['web', 'kiosk']))
    expect((await review({ root })).problems).toEqual([
      // the package still carries a voice whose speaker no longer agrees to AR
      expect.stringMatching(/^models\/basement\.usdz: still holds audio\/basement-floor\.m4a, which no testimony/),
      `${RECORD}: published.files: ${CELL_FILE} is not the file that was published (its SHA-256 differs) ` +
        `(run \`npm run content -- publish --cell ${CELL} --by <name>\`)`,
    ])
    const saved = process.env.PV_CURATOR
    delete process.env.PV_CURATOR
    try {
      await expect(publish({ root, cell: CELL })).rejects.toThrow(
        '--by: publishing records who published: give --by <name> or set PV_CURATOR',
      )
    } finally {
      process.env.PV_CURATOR = saved
    }
    const started = Date.now() - 1000
    await publish({ root, cell: CELL, by: 'A curator' })
    expect((await review({ root })).problems).toEqual([])
    const { published } = read(RECORD)
    expect(published.by).toBe('A curator')
    expect(Date.parse(published.at)).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000)
    expect(published.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    // the consent no longer names AR: the Quick Look package no longer carries that voice
    const cell = read(CELL_FILE)
    const usdz = readFileSync(join(root, cell.quickLook))
    expect(usdz.includes(Buffer.from(`audio/${cell.testimonies[0].id}.m4a`))).toBe(false)
    expect(usdz.includes(Buffer.from(`audio/${cell.testimonies[1].id}.m4a`))).toBe(true)
  }, 120_000)
})
