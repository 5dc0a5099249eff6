import * as z from 'zod/mini'
import { en } from 'zod/v4/locales'

import { LANGUAGES } from '../i18n/languages'

export { LANGUAGES, FALLBACK_LANGUAGE, type Language } from '../i18n/languages'

// zod/mini ships without messages; the English ones say what was expected and what was found.
z.config(en())

const https = z.string().check(
  z.refine((value) => {
    try {
      return new URL(value).protocol === 'https:'
    } catch {
      return false
    }
  }, 'must be an absolute https:// URL'),
)

/** A path inside the site, relative to `public/` (no scheme, no `..`, no leading slash). */
const sitePath = (extensions: readonly string[]) =>
  z.string().check(
    z.minLength(1),
    z.refine((p) => !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.startsWith('/') && !p.split('/').includes('..'), {
      message: 'must be a path inside the site, such as "audio/file.opus"',
    }),
    z.refine((p) => extensions.some((ext) => p.toLowerCase().endsWith(ext)), {
      message: `must end with ${extensions.join(' or ')}`,
    }),
  )

/** Adds an issue at `<list>[i].id` for every id used twice in a list. */
function reportDuplicateIds(
  ctx: { issues: z.core.$ZodRawIssue[] },
  items: readonly { id: string }[],
  list: string,
  noun: string,
) {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.issues.push({
        code: 'custom',
        message: `duplicate ${noun} id "${item.id}"`,
        path: [list, i, 'id'],
        input: item.id,
      })
    seen.add(item.id)
  })
}

const nonEmpty = () => z.string().check(z.minLength(1, 'must not be empty'))
const slug = () => z.string().check(z.regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'))
const finite = () => z.number()
const positive = () => z.number().check(z.positive())
const vec3 = z.tuple([finite(), finite(), finite()])

/** Text per language; English is the fallback every visitor can get. */
export const localizedText = z.strictObject({
  en: nonEmpty(),
  uk: z.optional(nonEmpty()),
  de: z.optional(nonEmpty()),
  pl: z.optional(nonEmpty()),
})

export const audioSources = z.strictObject({
  /** Ogg Opus, mono speech; played by every browser but older Safari. */
  opus: sitePath(['.opus', '.ogg', '.webm']),
  /** AAC in MP4, for Safari. */
  aac: sitePath(['.m4a', '.mp4', '.aac']),
})

/**
 * given: published under the speaker's name; given-anonymised: published without it;
 * demo-synthetic: no real person, a synthetic voice reading illustrative text;
 * withdrawn: kept in the files but never shown.
 */
export const consentStatus = z.enum(['given', 'given-anonymised', 'demo-synthetic', 'withdrawn'])

export const speaker = z
  .strictObject({
    /** Shown on the speaker card: a real name (only with consent) or an anonymised label. */
    label: localizedText,
    bio: localizedText,
    demo: z.boolean(),
    consent: consentStatus,
  })
  .check(
    z.refine((s) => !s.demo || s.consent === 'demo-synthetic', {
      message: 'a demo speaker must have consent "demo-synthetic"',
      path: ['consent'],
    }),
  )

export const testimony = z.strictObject({
  id: slug(),
  title: localizedText,
  speaker,
  /** Where the testimony waits, in metres, in the cell's frame (origin at the floor's centre, y up). */
  position: vec3,
  /** Optional name of the model node the position was taken from (kept through optimisation). */
  anchor: z.optional(nonEmpty()),
  audio: audioSources,
  /** Language spoken in the recording. */
  spokenLanguage: z.string().check(z.minLength(2)),
  duration: positive(),
  captions: z.strictObject({
    en: sitePath(['.vtt']),
    uk: z.optional(sitePath(['.vtt'])),
    de: z.optional(sitePath(['.vtt'])),
    pl: z.optional(sitePath(['.vtt'])),
  }),
  transcript: localizedText,
  contentNote: localizedText,
})

export const cell = z
  .strictObject({
    id: slug(),
    demo: z.boolean(),
    name: localizedText,
    place: localizedText,
    dates: localizedText,
    /** Who was held here, in one line. */
    heldHere: localizedText,
    description: localizedText,
    model: sitePath(['.glb']),
    /** The same cell as a USDZ for AR Quick Look (iPhone, iPad, Vision Pro), written by the content tool. */
    quickLook: z.optional(sitePath(['.usdz'])),
    /** Real inside dimensions in metres. */
    dimensions: z.strictObject({ width: positive(), depth: positive(), height: positive() }),
    /** Where a visitor on screen stands (floor point, metres) and the yaw they face, in degrees. */
    start: z.strictObject({ position: vec3, yaw: finite() }),
    ambient: z.strictObject({
      ...audioSources.def.shape,
      volume: z.number().check(z.gte(0), z.lte(1)),
    }),
    testimonies: z.array(testimony).check(z.minLength(1, 'a cell needs at least one testimony')),
  })
  .check(
    z.superRefine((c, ctx) => {
      reportDuplicateIds(ctx, c.testimonies, 'testimonies', 'testimony')
      c.testimonies.forEach((t, i) => {
        const [x, y, zz] = t.position
        const { width, depth, height } = c.dimensions
        if (Math.abs(x) > width / 2 || Math.abs(zz) > depth / 2 || y < 0 || y > height)
          ctx.issues.push({
            code: 'custom',
            message: "lies outside the cell's dimensions",
            path: ['testimonies', i, 'position'],
            input: t.position,
          })
      })
    }),
  )

export const actionLink = z.strictObject({
  title: localizedText,
  description: localizedText,
  url: https,
})

export const manifest = z.strictObject({
  /** True for the demo content this repository ships; shown on screen. */
  demo: z.boolean(),
  title: localizedText,
  /** Languages every cell and testimony must provide (texts and captions); `npm run content -- check` holds to it. */
  languages: z.optional(z.array(z.enum(LANGUAGES))),
  actions: z.strictObject({ petition: actionLink, volunteer: actionLink }),
  /** Cell files, relative to the manifest's folder. */
  cells: z.array(sitePath(['.json'])).check(z.minLength(1)),
})

export type LocalizedText = z.infer<typeof localizedText>
export type AudioSources = z.infer<typeof audioSources>
export type Speaker = z.infer<typeof speaker>
export type Testimony = z.infer<typeof testimony>
export type Cell = z.infer<typeof cell>
export type ActionLink = z.infer<typeof actionLink>
export type Manifest = z.infer<typeof manifest>

/** Text in all four interface languages: letter phrases must be understood by every writer. */
export const fullyTranslated = z.strictObject({
  en: nonEmpty(),
  uk: nonEmpty(),
  de: nonEmpty(),
  pl: nonEmpty(),
})

export const phraseGroup = z.enum(['greeting', 'support', 'wishes', 'about-me', 'closing'])

export const letterPhrase = z.strictObject({
  id: slug(),
  group: phraseGroup,
  /**
   * The phrase in Russian, so prison censors let it through. `{name}` and `{country}` are filled with what the
   * writer types; `{recipient}` with the recipient's first name in Russian.
   */
  ru: nonEmpty(),
  translation: fullyTranslated,
})

export const letterRecipient = z.strictObject({
  id: slug(),
  /** True for invented entries that stand in for the campaign's directory; shown as Demo. */
  demo: z.boolean(),
  /** Name as the visitor reads it, per language. */
  name: localizedText,
  /** Full name in Russian, as it must appear on the envelope. */
  nameRu: nonEmpty(),
  /** First name (and patronymic) in Russian, for the greeting. */
  firstNameRu: nonEmpty(),
  yearOfBirth: z.number().check(z.int(), z.gte(1900), z.lte(2015)),
  heldAt: localizedText,
  /** One line: who they are. */
  who: localizedText,
  /** Postal address supplied by the campaign, in Russian, one line per array item. */
  address: z.array(nonEmpty()).check(z.minLength(2)),
})

export const letters = z
  .strictObject({
    demo: z.boolean(),
    /** Letters to occupied Donbas go through the Center for Civil Liberties. */
    donbasRoute: z.strictObject({ text: localizedText, url: https }),
    recipients: z.array(letterRecipient).check(z.minLength(1)),
    phrases: z.array(letterPhrase).check(z.minLength(24, 'the composer needs at least 24 phrases')),
  })
  .check(
    z.superRefine((l, ctx) => {
      for (const group of phraseGroup.options)
        if (!l.phrases.some((p) => p.group === group))
          ctx.issues.push({
            code: 'custom',
            message: `no phrase in group "${group}"`,
            path: ['phrases'],
            input: l.phrases,
          })
      reportDuplicateIds(ctx, l.phrases, 'phrases', 'phrase')
    }),
  )

export type FullyTranslated = z.infer<typeof fullyTranslated>
export type PhraseGroup = z.infer<typeof phraseGroup>
export type LetterPhrase = z.infer<typeof letterPhrase>
export type LetterRecipient = z.infer<typeof letterRecipient>
export type Letters = z.infer<typeof letters>
