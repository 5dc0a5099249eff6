import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  escapeHtml,
  linkPages,
  publicRoot,
  readShippedContent,
  shorten,
  type LinkPage,
  type LinkPagesInput,
} from '../../build/link-pages'
import type { Cell, ManifestFile } from '../../src/content/schema'
import { previewPath } from '../../scripts/content/preview-files.mjs'

const html = readFileSync('index.html', 'utf8')
const shipped = readShippedContent('public', () => undefined)
const images: LinkPagesInput['images'] = { find: (subject, lang) => previewPath(subject, lang) }

function pages(overrides: Partial<LinkPagesInput> = {}): LinkPage[] {
  return linkPages({ html, ...shipped, publicUrl: 'https://voice.example.org/', images, ...overrides })
}

/** The `content` of a meta tag by property or name, unescaped as a crawler reads it. */
function meta(page: string, key: string): string | undefined {
  const found = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)" />`).exec(page)
  return found?.[1] !== undefined ? unescape(found[1]) : undefined
}
const unescape = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
const page = (all: LinkPage[], file: string) => {
  const found = all.find((p) => p.file === file)
  if (!found) throw new Error(`no page ${file}`)
  return found.html
}

describe('link-preview pages', () => {
  it('writes the landing, the cell choice, each cell and each testimony, unprefixed and in every language', () => {
    const files = pages().map((p) => p.file)
    const [sizo] = shipped.cells
    if (!sizo) throw new Error('no demo cell')
    for (const prefix of ['', 'uk/', 'en/', 'de/', 'pl/']) {
      expect(files).toContain(`${prefix}index.html`)
      expect(files).toContain(`${prefix}cells/index.html`)
      for (const cell of shipped.cells) {
        expect(files).toContain(`${prefix}cells/${cell.id}/index.html`)
        for (const t of cell.testimonies) expect(files).toContain(`${prefix}cells/${cell.id}/${t.id}/index.html`)
      }
    }
    expect(new Set(files).size).toBe(files.length)
  })

  it("gives a cell's page its own title, description, image, canonical address and alternates, in its language", () => {
    const all = pages()
    const uk = page(all, 'uk/cells/sizo-cell/index.html')
    expect(uk).toContain('<html lang="uk"')
    expect(meta(uk, 'og:title')).toBe('Камера слідчого ізолятора (Демо) — #PrisonersVoice')
    expect(uk).toContain('<title>Камера слідчого ізолятора (Демо) — #PrisonersVoice</title>')
    expect(meta(uk, 'description')).toMatch(/^Демонстраційний вміст\. Типова камера/)
    expect(meta(uk, 'og:url')).toBe('https://voice.example.org/uk/cells/sizo-cell/')
    expect(uk).toContain('<link rel="canonical" href="https://voice.example.org/uk/cells/sizo-cell/" />')
    expect(meta(uk, 'og:image')).toBe('https://voice.example.org/previews/sizo-cell.uk.jpg')
    expect(meta(uk, 'og:image:width')).toBe('1200')
    expect(meta(uk, 'og:image:height')).toBe('630')
    expect(meta(uk, 'og:image:alt')).toMatch(/^Камера слідчого ізолятора \(Демо\): /)
    expect(meta(uk, 'og:locale')).toBe('uk_UA')
    expect(meta(uk, 'twitter:card')).toBe('summary_large_image')
    for (const lang of ['uk', 'en', 'de', 'pl'])
      expect(uk).toContain(
        `<link rel="alternate" hreflang="${lang}" href="https://voice.example.org/${lang}/cells/sizo-cell/" />`,
      )
    expect(uk).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://voice.example.org/cells/sizo-cell/" />',
    )
    // the landing in Ukrainian, with the line saying where the link leads, before any script
    expect(uk).toContain(
      '<p class="landing-link" data-role="link-target">Куди веде посилання: <bdi>Камера слідчого ізолятора</bdi> (Демо)</p>',
    )
    // Begin keeps the page's own attributes (disabled until the early script listens) and speaks the page's language.
    expect(uk).toContain('<button type="button" class="begin" data-role="begin" disabled>Почати</button>')
    expect(uk).toContain('<option value="uk" lang="uk" selected>')
    expect(uk).toContain('data-lang="uk"')
  })

  it('keeps the built page whole: its scripts, its CSP and the landing', () => {
    const built = html.replace(
      '<meta charset="UTF-8" />',
      '<meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="x" />',
    )
    const out = page(pages({ html: built }), 'de/cells/basement/index.html')
    expect(out).toContain('<meta http-equiv="Content-Security-Policy" content="x" />')
    expect(out).toContain('<script defer src="/begin-early.js"></script>')
    expect(out).toContain('<script type="module" src="/src/main.tsx"></script>')
    expect(out.match(/<title>/g)).toHaveLength(1)
    expect(out.match(/<meta name="description"/g)).toHaveLength(1)
    expect(out).toContain('<h1 class="landing-title">#PrisonersVoice</h1>')
  })

  it("names a testimony's title and speaker, and a withdrawn one only as withdrawn", () => {
    const [cell] = shipped.cells as [Cell]
    const [first, second] = cell.testimonies
    if (!first || !second) throw new Error('the demo cell needs two testimonies')
    const en = page(pages(), `en/cells/${cell.id}/${first.id}/index.html`)
    expect(meta(en, 'og:title')).toContain(first.title.en)
    expect(meta(en, 'og:title')).toContain(first.speaker.label.en)
    expect(meta(en, 'og:type')).toBe('article')
    expect(en).toMatch(/data-role="link-target">This link leads to: <bdi>[^<]+<\/bdi> — <bdi>/)

    const withdrawnCell: Cell = {
      ...cell,
      testimonies: [{ ...second, speaker: { ...second.speaker, demo: false, consent: 'withdrawn' } }, first],
    }
    const out = page(pages({ cells: [withdrawnCell] }), `cells/${cell.id}/${second.id}/index.html`)
    expect(meta(out, 'og:title')).toBe('Testimony withdrawn — #PrisonersVoice')
    expect(meta(out, 'description')).toBe('This testimony has been withdrawn.')
    expect(meta(out, 'og:image')).toBe('https://voice.example.org/previews/_site.en.jpg')
    expect(meta(out, 'robots')).toBe('noindex')
    expect(out).toContain('<p class="landing-link" data-role="link-target">This testimony has been withdrawn.</p>')
    for (const text of [second.title.en, second.speaker.label.en, second.speaker.bio.en])
      expect(out).not.toContain(escapeHtml(text))
  })

  it('writes content text as text: markup in a name or title is escaped everywhere', () => {
    const [cell] = shipped.cells as [Cell]
    const hostile = '<script>alert(1)</script> & "quotes" \'too\' $& $1'
    const bad: Cell = {
      ...cell,
      name: { en: hostile },
      place: { en: `<img src=x onerror=alert(1)>` },
      testimonies: cell.testimonies.map((t) => ({
        ...t,
        title: { en: hostile },
        speaker: { ...t.speaker, label: { en: '<b>x</b>' } },
      })),
    }
    const manifest: ManifestFile = { ...shipped.manifest, title: { en: '<i>site</i> & co' } }
    for (const out of pages({ cells: [bad], manifest })) {
      expect(out.html).not.toContain('<script>alert')
      expect(out.html).not.toContain('<img src=x')
      expect(out.html).not.toContain('<b>x</b>')
      expect(out.html).not.toContain('<i>site</i>')
    }
    const cellPage = page(pages({ cells: [bad], manifest }), `cells/${cell.id}/index.html`)
    expect(cellPage).toContain(
      '&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34; &#39;too&#39; $&#38; $1',
    )
    expect(meta(cellPage, 'og:title')).toContain(hostile)
  })

  it('falls back to English for text a language lacks, and says which language it is in', () => {
    const [cell] = shipped.cells as [Cell]
    const out = page(pages({ cells: [{ ...cell, name: { en: 'Only English' } }] }), `pl/cells/${cell.id}/index.html`)
    expect(out).toContain('<bdi lang="en">Only English</bdi>')
    expect(out).toContain('<html lang="pl"')
  })

  it('without a public address: no canonical or og:url, images as root paths; no image where none was made', () => {
    const out = page(pages({ publicUrl: null }), 'cells/sizo-cell/index.html')
    expect(out).not.toContain('rel="canonical"')
    expect(meta(out, 'og:url')).toBeUndefined()
    expect(meta(out, 'og:image')).toBe('/previews/sizo-cell.en.jpg')
    expect(out).toContain('<link rel="alternate" hreflang="uk" href="/uk/cells/sizo-cell/" />')
    const bare = page(pages({ images: { find: () => null } }), 'cells/sizo-cell/index.html')
    expect(meta(bare, 'og:image')).toBeUndefined()
    expect(meta(bare, 'twitter:card')).toBe('summary')
  })

  it('takes PUBLIC_URL over the manifest, and only an https site address', () => {
    const manifest = { ...shipped.manifest, publicUrl: 'https://from-content.example.org/voice' }
    expect(publicRoot(undefined, manifest)).toBe('https://from-content.example.org/voice/')
    expect(publicRoot('https://env.example.org', manifest)).toBe('https://env.example.org/')
    expect(publicRoot(undefined, shipped.manifest)).toBeNull()
    expect(() => publicRoot('http://insecure.example.org/', manifest)).toThrow(/https/)
    expect(() => publicRoot('https://x.example.org/?a=1', manifest)).toThrow(/query/)
    expect(() => publicRoot('not a url', manifest)).toThrow(/absolute/)
    const under = page(pages({ publicUrl: 'https://from-content.example.org/voice/' }), 'uk/cells/sizo-cell/index.html')
    expect(meta(under, 'og:url')).toBe('https://from-content.example.org/voice/uk/cells/sizo-cell/')
    expect(meta(under, 'og:image')).toBe('https://from-content.example.org/voice/previews/sizo-cell.uk.jpg')
  })

  it('cuts long descriptions at a word', () => {
    expect(shorten('word '.repeat(100))).toMatch(/^(word ){30,}word…$/)
    expect(shorten('short')).toBe('short')
    expect(shorten('word '.repeat(100)).length).toBeLessThanOrEqual(200)
  })
})
