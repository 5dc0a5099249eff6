import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { readShippedContent } from '../../build/link-pages'
import { LANGUAGES, type Language } from '../../src/i18n/languages'
import { placePath, type Place } from '../../src/links/address'
import { PREVIEW } from '../../scripts/content/preview-files.mjs'
import { baseURL } from './harness'

// As a messenger's or social site's crawler reads a shared link: the HTML alone, fetched, no script run.
const { manifest, cells } = readShippedContent('public', () => undefined)

/** The page's head as a crawler reads it: meta tags by property or name, links by rel (and hreflang), the title. */
function readTags(html: string) {
  const text = (s: string) => s.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)))
  const metas = new Map<string, string[]>()
  for (const [, key = '', value = ''] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g))
    metas.set(key, [...(metas.get(key) ?? []), text(value)])
  const alternates = new Map<string, string>()
  for (const [, lang = '', href = ''] of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)"/g))
    alternates.set(lang, text(href))
  return {
    lang: /<html lang="([^"]+)"/.exec(html)?.[1],
    title: text(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    meta: (key: string) => metas.get(key)?.[0],
    all: (key: string) => metas.get(key) ?? [],
    alternates,
    linkLine: text(
      (/<p class="landing-link" data-role="link-target">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ''),
    ),
  }
}

async function crawl(path: string) {
  const res = await fetch(new URL(path, baseURL()))
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type'), path).toMatch(/^text\/html/)
  return readTags(await res.text())
}

const checkedImages = new Map<string, Promise<void>>()
/** The image a preview names: there, a JPEG of 1200×630, at most 300 KB (each checked once). */
function checkImage(url: string): Promise<void> {
  if (!checkedImages.has(url))
    checkedImages.set(
      url,
      (async () => {
        const res = await fetch(new URL(url, baseURL()))
        expect(res.status, url).toBe(200)
        const bytes = Buffer.from(await res.arrayBuffer())
        expect(bytes.length, url).toBeLessThanOrEqual(PREVIEW.maxBytes)
        const info = await sharp(bytes).metadata()
        expect([info.format, info.width, info.height], url).toEqual(['jpeg', PREVIEW.width, PREVIEW.height])
      })(),
    )
  return checkedImages.get(url) as Promise<void>
}

/** What every page says of itself: its language, title and description, image, alternates. */
async function checkCommon(place: Place, lang: Language | null, tags: Awaited<ReturnType<typeof crawl>>) {
  const l = lang ?? 'en'
  expect(tags.lang).toBe(l)
  expect(tags.meta('og:title')).toBe(tags.title)
  expect(tags.meta('twitter:title')).toBe(tags.title)
  expect(tags.meta('description')?.length).toBeGreaterThan(10)
  expect(tags.meta('og:description')).toBe(tags.meta('description'))
  expect(tags.meta('og:site_name')).toBe('#PrisonersVoice')
  expect(tags.meta('og:locale')).toMatch(new RegExp(`^${l}_`))
  expect(tags.all('og:locale:alternate')).toHaveLength(3)
  expect(tags.meta('twitter:card')).toBe('summary_large_image')
  const image = tags.meta('og:image') ?? ''
  expect(image).toMatch(new RegExp(`^(https://[^/]+)?/.*previews/[^/]+\\.${l}\\.jpg$`))
  expect(tags.meta('twitter:image')).toBe(image)
  expect(tags.meta('og:image:width')).toBe(String(PREVIEW.width))
  expect(tags.meta('og:image:height')).toBe(String(PREVIEW.height))
  expect(tags.meta('og:image:alt')?.length).toBeGreaterThan(3)
  // the demo content names no public address: images as site paths, no og:url (docs/architecture.md: Addresses and link previews)
  if (!manifest.publicUrl) expect(tags.meta('og:url')).toBeUndefined()
  for (const other of LANGUAGES) expect(tags.alternates.get(other)).toMatch(new RegExp(`${placePath(place, other)}$`))
  expect(tags.alternates.get('x-default')).toMatch(new RegExp(`${placePath(place, null)}$`))
  await checkImage(image)
}

describe('link previews, read as a crawler reads them', () => {
  for (const lang of [null, ...LANGUAGES] as const)
    it(`every place has its own page ${lang ? `in /${lang}/` : 'without a language'}`, async () => {
      const l = lang ?? 'en'
      const demo = { en: 'Demo', uk: 'Демо', de: 'Demo', pl: 'Demo' }[l]
      const start = await crawl(placePath({ kind: 'start' }, lang))
      await checkCommon({ kind: 'start' }, lang, start)
      expect(start.title).toBe(manifest.title[l] ?? manifest.title.en)
      const choice = await crawl(placePath({ kind: 'cells' }, lang))
      await checkCommon({ kind: 'cells' }, lang, choice)
      for (const cell of cells) {
        const name = cell.name[l] ?? cell.name.en
        const place: Place = { kind: 'cell', cell: cell.id }
        const tags = await crawl(placePath(place, lang))
        await checkCommon(place, lang, tags)
        expect(tags.title).toContain(name)
        expect(tags.meta('og:image')).toMatch(new RegExp(`previews/${cell.id}\\.${l}\\.jpg$`))
        if (cell.demo) expect(`${tags.title} ${tags.meta('description')}`).toContain(demo)
        expect(tags.linkLine).toContain(name)
        for (const t of cell.testimonies) {
          const at: Place = { kind: 'testimony', cell: cell.id, testimony: t.id, at: null }
          const page = await crawl(placePath({ ...at, at: 83 }, lang))
          await checkCommon(at, lang, page)
          if (t.speaker.consent === 'withdrawn') {
            expect(page.title).not.toContain(t.title[l] ?? t.title.en)
            continue
          }
          const title = t.title[l] ?? t.title.en
          const speaker = t.speaker.label[l] ?? t.speaker.label.en
          expect(page.title).toContain(title)
          expect(page.meta('description')).toContain(speaker)
          expect(page.linkLine).toContain(title)
          expect(page.linkLine).toContain(speaker)
          if (t.speaker.demo) expect(page.title).toContain(demo)
        }
      }
    })

  it('a place with no page (renamed, removed) gets the app itself, never an error', async () => {
    const index = readFileSync('dist/index.html', 'utf8')
    for (const path of ['cells/renamed-cell/', `uk/cells/${cells[0]?.id}/gone-testimony/`]) {
      const res = await fetch(new URL(path, baseURL()))
      expect(res.status, path).toBe(200)
      expect(await res.text(), path).toBe(index)
    }
  })
})
