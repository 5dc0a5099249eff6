import { describe, expect, it } from 'vitest'
import {
  ContentError,
  isFailedRequest,
  loadContent,
  offSitePaths,
  parseCell,
  parseManifest,
  readCell,
  readManifest,
} from '../../src/content/load'
import { LIMITS } from '../../src/content/schema'
import { publicExists, publicFetch, readPublic } from './public-files'

const shippedManifest = () => JSON.parse(readPublic('content/manifest.json'))
const shippedCell = () => JSON.parse(readPublic('content/cells/sizo-cell.json'))

function problemsOf(run: () => unknown): string {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError)
    return (e as ContentError).message
  }
  throw new Error('expected a ContentError')
}

describe('shipped content', () => {
  it('validates, with at least two cells of two testimonies each, all marked demo', async () => {
    const content = await loadContent('/', publicFetch())
    expect(content.errors).toEqual([])
    expect(content.manifest.demo).toBe(true)
    expect(content.cells.length).toBeGreaterThanOrEqual(2)
    for (const cell of content.cells) {
      expect(cell.demo).toBe(true)
      expect(cell.testimonies.length).toBeGreaterThanOrEqual(2)
      for (const t of cell.testimonies) {
        expect(t.speaker.demo).toBe(true)
        expect(t.speaker.consent).toBe('demo-synthetic')
        expect(Object.keys(t.captions)).toEqual(expect.arrayContaining(['en', 'uk']))
      }
    }
  })

  it('refers only to files that exist', async () => {
    const { cells } = await loadContent('/', publicFetch())
    const files = cells.flatMap((c) => [
      c.model,
      c.ambient.opus,
      c.ambient.aac,
      ...c.testimonies.flatMap((t) => [t.audio.opus, t.audio.aac, ...Object.values(t.captions)]),
    ])
    expect(files.filter((f) => !publicExists(f))).toEqual([])
  })
})

describe('broken content is refused with the file and the field', () => {
  it('an http: petition link', () => {
    const m = shippedManifest()
    m.actions.petition.url = 'http://example.org/petition'
    expect(problemsOf(() => parseManifest(m, 'content/manifest.json'))).toBe(
      'content/manifest.json: actions.petition.url: must be an absolute https:// URL',
    )
  })

  it("a link's page language that is not a language tag", () => {
    const m = shippedManifest()
    m.actions.petition.lang = 'English'
    expect(problemsOf(() => parseManifest(m, 'content/manifest.json'))).toBe(
      'content/manifest.json: actions.petition.lang: must be a language tag such as "en"',
    )
  })

  it('a javascript: volunteer link and a malformed one', () => {
    const m = shippedManifest()
    m.actions.volunteer.url = 'javascript:alert(1)'
    expect(problemsOf(() => parseManifest(m, 'content/manifest.json'))).toContain('actions.volunteer.url')
    m.actions.volunteer.url = 'not a url'
    expect(problemsOf(() => parseManifest(m, 'content/manifest.json'))).toContain('actions.volunteer.url')
  })

  it('a testimony without English captions, and a caption path that leaves the site', () => {
    const c = shippedCell()
    delete c.testimonies[1].captions.en
    c.testimonies[0].captions.uk = 'https://tracker.example/captions.vtt'
    const message = problemsOf(() => parseCell(c, 'content/cells/sizo-cell.json'))
    expect(message).toMatch(/^content\/cells\/sizo-cell\.json: /)
    expect(message).toContain('testimonies[1].captions.en')
    expect(message).toContain('testimonies[0].captions.uk: must be a path inside the site')
  })

  it('a wrong type, an unknown field and a marker outside the room, each saying what was expected', async () => {
    const c = shippedCell()
    c.dimensions.width = '3 m'
    c.testimonies[0].volume = 2
    c.testimonies[1].position = [40, 1, 0]
    // As the app reads it: zod's messages are fetched once the file is found wrong, and the file is read again.
    const content = await loadContent('/', publicFetch({ 'content/cells/sizo-cell.json': JSON.stringify(c) }))
    const message = content.errors.map((e) => e.message).join('\n')
    expect(message).toMatch(/^content\/cells\/sizo-cell\.json: /)
    expect(message).toMatch(/dimensions\.width: [^;]*expected number, received string/)
    expect(content.cells.map((cell) => cell.id)).not.toContain(c.id)
    // The content tool names every problem of the file at once.
    const all = problemsOf(() => parseCell(c, 'content/cells/sizo-cell.json'))
    expect(all).toMatch(/dimensions\.width: [^;]*expected number, received string/)
    expect(all).toMatch(/testimonies\[0\]: [^;]*"volume"/)
  })

  it("a demo speaker whose consent claims a real person's", () => {
    const c = shippedCell()
    c.testimonies[0].speaker.consent = 'given'
    expect(problemsOf(() => parseCell(c, 'content/cells/sizo-cell.json'))).toContain(
      'testimonies[0].speaker.consent: a demo speaker must have consent "demo-synthetic"',
    )
  })

  it('duplicate testimony ids', () => {
    const c = shippedCell()
    c.testimonies[1].id = c.testimonies[0].id
    expect(problemsOf(() => parseCell(c, 'content/cells/sizo-cell.json'))).toContain(
      `testimonies[1].id: duplicate testimony id "${c.testimonies[0].id}"`,
    )
  })

  it('withdrawn consent hides a testimony without breaking its cell', () => {
    const c = shippedCell()
    c.testimonies[0].speaker = { ...c.testimonies[0].speaker, demo: false, consent: 'withdrawn' }
    const cell = parseCell(c, 'content/cells/sizo-cell.json')
    expect(cell.testimonies.map((t) => t.id)).not.toContain(c.testimonies[0].id)
    expect(cell.testimonies.length).toBe(c.testimonies.length - 1)
  })

  it('a cell whose every testimony is withdrawn still loads, silent, and stays offered as a place', () => {
    const c = shippedCell()
    c.testimonies = c.testimonies.map((t: { speaker: object }) => ({
      ...t,
      speaker: { ...t.speaker, demo: false, consent: 'withdrawn' },
    }))
    const cell = parseCell(c, 'content/cells/sizo-cell.json')
    expect(cell.id).toBe(c.id)
    expect(cell.testimonies).toEqual([])
  })

  it('a cell file that is not JSON or is missing is reported, and the other cells still load', async () => {
    const content = await loadContent('/', publicFetch({ 'content/cells/basement.json': '{ "id": "basement", ' }))
    expect(content.cells.map((c) => c.id)).toEqual(['sizo-cell'])
    expect(content.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^content\/cells\/basement\.json: is not valid JSON/),
    ])

    const m = shippedManifest()
    m.cells.push('cells/missing.json')
    const withMissing = await loadContent('/', publicFetch({ 'content/manifest.json': JSON.stringify(m) }))
    expect(withMissing.cells.length).toBe(2)
    expect(withMissing.errors[0].message).toBe('content/cells/missing.json: could not be fetched (HTTP 404)')
  })

  it('a broken manifest rejects the whole load with its name', async () => {
    await expect(loadContent('/', publicFetch({ 'content/manifest.json': '[]' }))).rejects.toThrow(
      /^content\/manifest\.json: \(root\): /,
    )
  })

  it('tells a manifest request that failed (worth asking again) from a manifest that is broken (not worth it)', async () => {
    const failure = (load: Promise<unknown>) =>
      load.then(
        () => null,
        (e: unknown) => e,
      )
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    const status500: typeof fetch = () => Promise.resolve(new Response('oops', { status: 500 }))
    for (const f of [offline, status500]) expect(isFailedRequest(await failure(loadContent('/', f)))).toBe(true)
    for (const body of ['', 'not json', '{"cells": 3}'])
      expect(
        isFailedRequest(await failure(loadContent('/', publicFetch({ 'content/manifest.json': body })))),
        body,
      ).toBe(false)
    expect(isFailedRequest(new Error('content/manifest.json: could not be fetched'))).toBe(false)
  })
})

describe('hostile or careless content: the part is refused, the rest kept', () => {
  it('a link with a user name or password is refused: the part before "@" hides the real site', () => {
    const m = shippedManifest()
    for (const url of ['https://www.change.org@evil.example/', 'https://user:secret@host.example/']) {
      m.actions.petition.url = url
      expect(problemsOf(() => parseManifest(m, 'content/manifest.json'))).toContain(
        'actions.petition.url: must not contain a user name or password',
      )
    }
  })

  it('links with spaces, backslashes or direction marks are refused', () => {
    const m = shippedManifest()
    for (const url of ['https://example.org/a b', 'https://example.org\\evil', 'https://\u202eexample.org/'])
      expect(
        problemsOf(() =>
          parseManifest({ ...m, actions: { ...m.actions, volunteer: { ...m.actions.volunteer, url } } }, 'm'),
        ),
      ).toContain('actions.volunteer.url')
  })

  it('one bad link disables only its own call to action; the cells and the other link stay', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'http://example.org/']) {
      const m = shippedManifest()
      m.actions.petition.url = url
      const read = readManifest(m, 'content/manifest.json')
      expect(read.value.actions.petition).toBeNull()
      expect(read.value.actions.volunteer?.url).toBe(m.actions.volunteer.url)
      expect(read.error?.message).toMatch(/^content\/manifest\.json: actions\.petition\.url: /)
      const content = await loadContent('/', publicFetch({ 'content/manifest.json': JSON.stringify(m) }))
      expect(content.cells.length).toBe(2)
      expect(content.errors.map((e) => e.file)).toEqual(['content/manifest.json'])
    }
  })

  it('paths a browser would resolve to another host are refused before anything is fetched', () => {
    const c = shippedCell()
    const bad = ['\\\\evil.example/x.opus', '\tevil.opus', '//evil.example/x.opus', 'audio/../../x.opus', 'a:b.opus']
    bad.forEach((path, i) => {
      c.testimonies[0].audio.opus = path
      expect(
        problemsOf(() => parseCell(c, 'c.json')),
        `#${i}`,
      ).toContain('testimonies[0].audio.opus: must be a path inside the site')
    })
  })

  it('every path of a loaded cell resolves to the site itself', () => {
    const cell = parseCell(shippedCell(), 'c.json')
    expect(offSitePaths(cell, '/', 'https://site.example/')).toEqual([])
    expect(offSitePaths({ ...cell, model: '//evil.example/m.glb' }, '/', 'https://site.example/')).toEqual([
      '//evil.example/m.glb',
    ])
  })

  it('one bad testimony is left out and named; its cell and the other testimonies stay', () => {
    const c = shippedCell()
    const [first, second] = c.testimonies
    first.audio.opus = 'https://tracker.example/a.opus'
    second.position = [40, 1, 0]
    const read = readCell(c, 'content/cells/sizo-cell.json')
    expect(read.value.testimonies.map((t) => t.id)).toEqual(c.testimonies.slice(2).map((t: { id: string }) => t.id))
    expect(read.error?.problems).toEqual([
      expect.stringMatching(/^testimonies\[0\]\.audio\.opus: must be a path inside the site/),
      "testimonies[1].position: lies outside the cell's dimensions",
    ])
  })

  it('texts and lists are held to what a phone can show', () => {
    const c = shippedCell()
    c.description.en = 'x'.repeat(LIMITS.longText + 1)
    expect(problemsOf(() => parseCell(c, 'c.json'))).toContain(
      `description.en: must be at most ${LIMITS.longText} characters`,
    )
    const many = shippedCell()
    many.testimonies = Array.from({ length: LIMITS.testimoniesPerCell + 1 }, (_, i) => ({
      ...many.testimonies[0],
      id: `t-${i}`,
    }))
    expect(problemsOf(() => parseCell(many, 'c.json'))).toContain(`at most ${LIMITS.testimoniesPerCell} testimonies`)
  })

  it('a content file of megabytes is refused before it is parsed', async () => {
    const huge = JSON.stringify({ ...shippedCell(), padding: 'x'.repeat(2 * 1024 * 1024) })
    const content = await loadContent('/', publicFetch({ 'content/cells/basement.json': huge }))
    expect(content.cells.map((c) => c.id)).toEqual(['sizo-cell'])
    expect(content.errors[0]?.message).toMatch(/^content\/cells\/basement\.json: is larger than/)
  })
})

describe("the site's public address", () => {
  it('is what QR codes for the letter page encode, where content names one', async () => {
    const { letterAddress } = await import('../../src/actions/letter-address')
    expect(letterAddress('https://prisonersvoice.example/web/', 'http://127.0.0.1:4173/')).toBe(
      'https://prisonersvoice.example/web/#letter',
    )
    expect(letterAddress(undefined, 'http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/#letter')
    const m = shippedManifest()
    m.publicUrl = 'http://127.0.0.1/'
    expect(problemsOf(() => parseManifest(m, 'content/manifest.json'))).toContain(
      'publicUrl: must be an absolute https',
    )
  })
})
