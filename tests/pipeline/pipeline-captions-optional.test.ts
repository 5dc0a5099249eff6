import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addTestimony, review } from '../../scripts/content/commands.mjs'
import { captionFiles, copyOfPublic, recording, testimonyMeta, treeHash } from './fixtures'

let work: string
let root: string
let meta: string
let audio: string
beforeAll(async () => {
  ;({ work, root } = copyOfPublic('pv-no-captions-'))
  meta = testimonyMeta(root, 'basement', 'basement-floor', join(work, 'meta.json'))
  audio = await recording(join(work, 'floor.wav'), 2.5)
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

const published = () =>
  JSON.parse(readFileSync(join(root, 'content/cells/basement.json'), 'utf8')).testimonies.find(
    (t: { id: string }) => t.id === 'basement-floor',
  )

describe('captions are optional only by choice', () => {
  it('a language the manifest promises, left out without --no-captions, is refused before anything is encoded', async () => {
    const { en } = captionFiles(work, 'floor')
    const before = treeHash(root)
    await expect(addTestimony({ root, cell: 'basement', meta, audio, captions: { en } })).rejects.toThrow(
      /^content\/manifest\.json: languages: promises captions in uk: give --captions uk=<file>, or --no-captions uk/,
    )
    expect(treeHash(root)).toBe(before)
  })

  it('with --no-captions it is published; check warns, and finds no problem', async () => {
    const { en } = captionFiles(work, 'floor')
    await addTestimony({ root, cell: 'basement', meta, audio, captions: { en }, noCaptions: ['uk'] })
    const entry = published()
    expect(entry.noCaptions).toEqual(['uk'])
    expect(Object.keys(entry.captions)).toEqual(['en'])
    const { problems, warnings } = await review({ root })
    expect(problems).toEqual([])
    expect(warnings).toContain(
      `content/cells/basement.json: testimonies[1].captions.uk: none in uk, by choice ("noCaptions"): ` +
        'visitors see a note that there are none, and the transcript',
    )
  }, 60_000)

  it('even English may be left out, by choice; a caption file for a language also named is refused', async () => {
    await addTestimony({ root, cell: 'basement', meta, audio, noCaptions: ['en', 'uk'] })
    expect(published().captions).toEqual({})
    expect((await review({ root })).problems).toEqual([])
    const { uk } = captionFiles(work, 'both')
    await expect(
      addTestimony({ root, cell: 'basement', meta, audio, captions: { uk }, noCaptions: ['uk'] }),
    ).rejects.toThrow(/both\.uk\.vtt: is given for uk, which --no-captions also names/)
  }, 60_000)
})
