import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readCell, parseManifest, validate, ContentError } from '../src/content/load'
import { localize } from '../src/content/localize'
import { cell as cellSchema, type Cell, type LocalizedText, type ManifestFile } from '../src/content/schema'
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '../src/i18n/languages'
import de from '../src/i18n/locales/de'
import en from '../src/i18n/locales/en'
import pl from '../src/i18n/locales/pl'
import uk from '../src/i18n/locales/uk'
import { placePath, shareAddress, type Place } from '../src/links/address'
import { linkText } from '../src/links/link-text'
import { PREVIEW, SITE_PREVIEW } from '../scripts/content/preview-files.mjs'

/**
 * Link previews: messengers and social sites read a shared link's HTML without running its scripts, so the build
 * writes a page for every address a visitor can share (the landing, the cell choice, each cell, each testimony; each
 * unprefixed and under every language) — the built index.html with that place's title, description, Open Graph and
 * Twitter card tags, canonical and hreflang links, and one line in the landing saying where the link leads.
 */

const CATALOGUES = { en, uk, de, pl } as const
/** Open Graph locales: the language where the campaign's partners speak it. */
export const OG_LOCALES: Record<Language, string> = { uk: 'uk_UA', en: 'en_GB', de: 'de_DE', pl: 'pl_PL' }
/** Feeds cut descriptions at about 200 characters; a cut ends at a word. */
export const DESCRIPTION_MAX = 200

/** Content text is always text: every character HTML gives a meaning to is escaped, in text and in attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/** At most `max` characters, cut at a word with an ellipsis. */
export function shorten(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const word = cut.lastIndexOf(' ')
  return `${(word > max / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:.—-]+$/, '')}…`
}

/** Text from the interface catalogue (the landing's words) in a language. */
function ui(
  lang: Language,
  key: 'title' | 'tagline' | 'contentNote' | 'headphones' | 'begin' | 'chooseLanguage' | 'demo' | 'chooseCell',
): string {
  return String(CATALOGUES[lang][key] ?? en[key])
}

/** Content text in the page's language (English where it has none), with the language it is really in. */
interface Said {
  text: string
  lang: Language
}
const say = (text: LocalizedText, lang: Language): Said => localize(text, lang)

/** Where the preview images are, and whether each was made. */
export interface PreviewImages {
  /** Site path of the image of `subject` (a cell id, or SITE_PREVIEW) in `lang`, or null where there is none. */
  find(subject: string, lang: Language): string | null
}

export interface LinkPagesInput {
  /** The built index.html. */
  html: string
  manifest: ManifestFile
  /** Every cell, withdrawn testimonies still in (their pages say they were withdrawn). */
  cells: readonly Cell[]
  /** The site's public address (`https://…/`), or null: then no canonical or og:url, and root-relative images. */
  publicUrl: string | null
  images: PreviewImages
}

export interface LinkPage {
  /** Where it goes in the build, e.g. `uk/cells/sizo-cell/index.html`. */
  file: string
  place: Place
  lang: Language | null
  html: string
}

/** What one page says of itself. */
interface PageMeta {
  place: Place
  lang: Language | null
  title: string
  description: string
  type: 'website' | 'article'
  image: { path: string; alt: string } | null
  /** The landing's line saying where the link leads: text (escaped when written), in the language it is in. */
  line: { parts: (string | Said)[] } | null
  /** A withdrawn testimony's page is not for search engines. */
  noindex: boolean
}

const pageLanguage = (lang: Language | null): Language => lang ?? FALLBACK_LANGUAGE

/** The name as the page writes it: the cell's own words, "Demo" after them for demo content. */
function demoMarked(text: string, demo: boolean, lang: Language): string {
  return demo ? `${text} (${ui(lang, 'demo')})` : text
}

/** A demo cell's description says "Demo" first, unless its own words already do. */
function demoDescription(text: string, demo: boolean, lang: Language): string {
  const word = ui(lang, 'demo')
  return demo && !text.toLowerCase().startsWith(word.toLowerCase()) ? `${word}. ${text}` : text
}

function siteMeta(input: LinkPagesInput, place: Place, lang: Language | null): PageMeta {
  const l = pageLanguage(lang)
  const site = say(input.manifest.title, l).text
  const image = input.images.find(SITE_PREVIEW, l)
  const cellNames = input.cells.map((c) => say(c.name, l).text)
  const cells = place.kind === 'cells'
  return {
    place,
    lang,
    title: cells ? `${ui(l, 'chooseCell')} — ${site}` : site,
    description: shorten(cells ? `${ui(l, 'chooseCell')}: ${cellNames.join(', ')}.` : ui(l, 'tagline')),
    type: 'website',
    image: image ? { path: image, alt: site } : null,
    line: cells ? { parts: [linkText(l, 'cells')] } : null,
    noindex: false,
  }
}

function cellMeta(input: LinkPagesInput, cell: Cell, lang: Language | null): PageMeta {
  const l = pageLanguage(lang)
  const name = say(cell.name, l)
  const place = say(cell.place, l)
  const image = input.images.find(cell.id, l)
  const [before, after] = linkText(l, 'leadsTo').split('{place}')
  return {
    place: { kind: 'cell', cell: cell.id },
    lang,
    title: `${demoMarked(name.text, cell.demo, l)} — ${ui(l, 'title')}`,
    description: shorten(demoDescription(say(cell.description, l).text, cell.demo, l)),
    type: 'website',
    image: image ? { path: image, alt: `${demoMarked(name.text, cell.demo, l)}: ${place.text}` } : null,
    line: { parts: [before ?? '', name, `${after ?? ''}${cell.demo ? ` (${ui(l, 'demo')})` : ''}`] },
    noindex: false,
  }
}

function testimonyMeta(
  input: LinkPagesInput,
  cell: Cell,
  testimony: Cell['testimonies'][number],
  lang: Language | null,
): PageMeta {
  const l = pageLanguage(lang)
  const place: Place = { kind: 'testimony', cell: cell.id, testimony: testimony.id, at: null }
  if (testimony.speaker.consent === 'withdrawn') {
    const image = input.images.find(SITE_PREVIEW, l)
    return {
      place,
      lang,
      title: `${linkText(l, 'withdrawnTitle')} — ${ui(l, 'title')}`,
      description: linkText(l, 'withdrawn'),
      type: 'website',
      image: image ? { path: image, alt: say(input.manifest.title, l).text } : null,
      line: { parts: [linkText(l, 'withdrawn')] },
      noindex: true,
    }
  }
  const title = say(testimony.title, l)
  const speaker = say(testimony.speaker.label, l)
  const cellName = say(cell.name, l)
  const demo = cell.demo || testimony.speaker.demo
  const image = input.images.find(cell.id, l)
  // "This link leads to: {title} — {speaker} ({cell})", each piece of content kept in its own language
  const [before, after] = linkText(l, 'leadsTo').split('{place}')
  const pattern = linkText(l, 'testimony')
  const parts: (string | Said)[] = [before ?? '']
  for (const piece of pattern.split(/(\{\w+\})/))
    parts.push(piece === '{title}' ? title : piece === '{speaker}' ? speaker : piece === '{cell}' ? cellName : piece)
  parts.push(`${after ?? ''}${demo ? ` (${ui(l, 'demo')})` : ''}`)
  return {
    place,
    lang,
    title: `${demoMarked(`${title.text} — ${speaker.text}`, demo, l)} · ${cellName.text}`,
    description: shorten(
      demoDescription(`${speaker.text}, ${cellName.text}. ${say(testimony.contentNote, l).text}`, demo, l),
    ),
    type: 'article',
    image: image
      ? { path: image, alt: `${demoMarked(cellName.text, cell.demo, l)}: ${say(cell.place, l).text}` }
      : null,
    line: { parts },
    noindex: false,
  }
}

/** Every page the build writes, in a stable order: per language (none first), the landing, the choice, cells, testimonies. */
export function pageMetas(input: LinkPagesInput): PageMeta[] {
  const pages: PageMeta[] = []
  for (const lang of [null, ...LANGUAGES]) {
    pages.push(siteMeta(input, { kind: 'start' }, lang), siteMeta(input, { kind: 'cells' }, lang))
    for (const cell of input.cells) {
      pages.push(cellMeta(input, cell, lang))
      for (const testimony of cell.testimonies) pages.push(testimonyMeta(input, cell, testimony, lang))
    }
  }
  return pages
}

/** The address of a page: absolute on the public URL, else root-relative. */
function address(place: Place, lang: Language | null, publicUrl: string | null): string {
  return publicUrl ? shareAddress(place, lang, publicUrl, publicUrl) : placePath(place, lang)
}

/** The site address of a file in the build (a preview image): absolute on the public URL, else root-relative. */
function fileAddress(path: string, publicUrl: string | null): string {
  return publicUrl ? new URL(path, publicUrl).href : `/${path}`
}

/** The tags a page's head gets in place of the built page's title and description. */
export function headTags(meta: PageMeta, publicUrl: string | null): string {
  const l = pageLanguage(meta.lang)
  const e = escapeHtml
  const self = address(meta.place, meta.lang, publicUrl)
  const property = (name: string, value: string) => `<meta property="${name}" content="${e(value)}" />`
  const named = (name: string, value: string) => `<meta name="${name}" content="${e(value)}" />`
  const tags = [
    `<title>${e(meta.title)}</title>`,
    named('description', meta.description),
    ...(meta.noindex ? [named('robots', 'noindex')] : []),
    ...(publicUrl ? [`<link rel="canonical" href="${e(self)}" />`] : []),
    ...LANGUAGES.map(
      (lang) => `<link rel="alternate" hreflang="${lang}" href="${e(address(meta.place, lang, publicUrl))}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${e(address(meta.place, null, publicUrl))}" />`,
    property('og:site_name', ui(l, 'title')),
    property('og:type', meta.type),
    property('og:title', meta.title),
    property('og:description', meta.description),
    ...(publicUrl ? [property('og:url', self)] : []),
    property('og:locale', OG_LOCALES[l]),
    ...LANGUAGES.filter((lang) => lang !== l).map((lang) => property('og:locale:alternate', OG_LOCALES[lang])),
    ...(meta.image
      ? [
          property('og:image', fileAddress(meta.image.path, publicUrl)),
          property('og:image:type', PREVIEW.type),
          property('og:image:width', String(PREVIEW.width)),
          property('og:image:height', String(PREVIEW.height)),
          property('og:image:alt', meta.image.alt),
        ]
      : []),
    named('twitter:card', meta.image ? 'summary_large_image' : 'summary'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    ...(meta.image
      ? [named('twitter:image', fileAddress(meta.image.path, publicUrl)), named('twitter:image:alt', meta.image.alt)]
      : []),
  ]
  return tags.join('\n    ')
}

/** The landing's line saying where the link leads; content text isolated (`<bdi>`) and marked where in English. */
export function linkLine(meta: PageMeta): string {
  if (!meta.line) return ''
  const l = pageLanguage(meta.lang)
  const html = meta.line.parts
    .map((part) =>
      typeof part === 'string'
        ? escapeHtml(part)
        : `<bdi${part.lang !== l ? ` lang="${part.lang}"` : ''}>${escapeHtml(part.text)}</bdi>`,
    )
    .join('')
  return `<p class="landing-link" data-role="link-target">${html}</p>`
}

/** Replaces what `pattern` finds, or fails the build naming what the built page lacks. */
function replaceOnce(
  html: string,
  pattern: RegExp,
  replacement: string | ((...groups: string[]) => string),
  what: string,
): string {
  if (!pattern.test(html)) throw new Error(`build/link-pages: the built index.html has no ${what}`)
  // a function, so that a "$" in content text is never read as a group
  return html.replace(
    pattern,
    typeof replacement === 'string' ? () => replacement : (_, ...groups: string[]) => replacement(...groups),
  )
}

/** The built page as `meta` says: its language, head tags, the landing in that language and the line where it leads. */
export function writePage(html: string, meta: PageMeta, publicUrl: string | null): string {
  const l = pageLanguage(meta.lang)
  const e = escapeHtml
  let out = replaceOnce(html, /<html lang="[^"]*"/, `<html lang="${l}"`, '<html lang>')
  out = replaceOnce(out, /<title>[^<]*<\/title>/, headTags(meta, publicUrl), '<title>')
  out = replaceOnce(out, /\s*<meta\s+name="description"[^>]*>/, '', 'description')
  out = replaceOnce(out, /(<div id="root"[^>]*data-lang=")[^"]*"/, (open) => `${open}${l}"`, '#root[data-lang]')
  out = replaceOnce(
    out,
    /<p class="landing-tagline">[\s\S]*?<\/p>/,
    `<p class="landing-tagline">${e(ui(l, 'tagline'))}</p>${meta.line ? `\n        ${linkLine(meta)}` : ''}`,
    'landing tagline',
  )
  out = replaceOnce(
    out,
    /<p class="landing-note">[\s\S]*?<\/p>/,
    `<p class="landing-note"><strong>${e(ui(l, 'contentNote'))}</strong> ${e(ui(l, 'headphones'))}</p>`,
    'landing content note',
  )
  out = replaceOnce(
    out,
    /(<label class="landing-lang">\s*<span>)[^<]*(<\/span>)/,
    (open, close) => `${open}${e(ui(l, 'chooseLanguage'))}${close}`,
    'language label',
  )
  out = out.replace(/(<option value="\w+" lang="\w+")(?: selected)?>/g, (_, option: string) => `${option}>`)
  out = replaceOnce(
    out,
    new RegExp(`(<option value="${l}" lang="${l}")>`),
    (option) => `${option} selected>`,
    `${l} option`,
  )
  out = replaceOnce(
    out,
    /(<button type="button" class="begin" data-role="begin"[^>]*>)[^<]*(<\/button>)/,
    (open, close) => `${open}${e(ui(l, 'begin'))}${close}`,
    'Begin button',
  )
  return out
}

/** The file a page's address is served from, in the build. */
export function pageFile(place: Place, lang: Language | null): string {
  return `${placePath(place, lang, '')}index.html`
}

/** Every link-preview page, the root's own `index.html` (the site's preview) among them. */
export function linkPages(input: LinkPagesInput): LinkPage[] {
  return pageMetas(input).map((meta) => ({
    file: pageFile(meta.place, meta.lang),
    place: meta.place,
    lang: meta.lang,
    html: writePage(input.html, meta, input.publicUrl),
  }))
}

/**
 * The site's public address: `PUBLIC_URL` from the environment, else the manifest's `publicUrl`; null with neither.
 * Always ends with `/`, so pages resolve beneath it.
 */
export function publicRoot(fromEnv: string | undefined, manifest: ManifestFile): string | null {
  const raw = fromEnv?.trim() || manifest.publicUrl
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`PUBLIC_URL "${raw}" is not an absolute address such as https://example.org/`)
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:'))
    throw new Error(`PUBLIC_URL "${raw}" must be https:// (feeds and browsers warn of anything else)`)
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`PUBLIC_URL "${raw}" must be the site's address alone, without a query, fragment or user name`)
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}

/** Reads the content a build ships: the manifest (strictly) and every cell, withdrawn testimonies kept. */
export function readShippedContent(
  publicDir: string,
  warn: (message: string) => void,
): { manifest: ManifestFile; cells: Cell[] } {
  const read = (file: string) => JSON.parse(readFileSync(join(publicDir, file), 'utf8')) as unknown
  const manifest = parseManifest(read('content/manifest.json'), 'content/manifest.json')
  const cells: Cell[] = []
  for (const path of manifest.cells) {
    const file = `content/${path}`
    try {
      cells.push(validate(cellSchema, read(file), file))
    } catch (e) {
      if (!(e instanceof ContentError)) throw e
      // as the app does: a testimony that breaks a rule is left out, the rest of the cell still gets its pages
      const lenient = readCell(read(file), file).value
      warn(`${e.message}\n  (pages are written for the rest of the cell)`)
      cells.push(lenient)
    }
  }
  return { manifest, cells }
}
