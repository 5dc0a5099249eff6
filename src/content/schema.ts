import * as z from 'zod/mini'

import { LANGUAGES } from '../i18n/languages'

export { LANGUAGES, FALLBACK_LANGUAGE, type Language } from '../i18n/languages'

let messages: Promise<void> | null = null

/**
 * zod/mini ships without messages; its English ones say what was expected and what was found. They are fetched only
 * once a file is found wrong (the first voice does not need them), and the file is then read again with them
 * (load.ts); the content tool and the studio load them before they check. Where they cannot come (offline), a problem
 * still names its file and field, as "Invalid input".
 */
export function loadIssueMessages(): Promise<void> {
  messages ??= import('zod/v4/locales/en.js').then(
    (m) => void z.config(m.default()),
    () => void (messages = null),
  )
  return messages
}

/**
 * What one phone can take: longer texts, more markers or more files than these make the page unusable (a 5 MB
 * description froze the cell list for 19 s; 500 markers dropped the view below 1 frame a second). docs/architecture.md: Content limits.
 */
export const LIMITS = {
  /** Names, titles, labels, places, dates: one line on a phone. */
  shortText: 160,
  /** Descriptions, biographies, content notes: a few paragraphs. */
  longText: 2000,
  /** A transcript of a long interview (about an hour of speech). */
  transcript: 80_000,
  testimoniesPerCell: 24,
  cells: 40,
  recipients: 500,
  phrases: 300,
  path: 200,
  url: 2000,
  /** Questions of one testimony (Ask), and ways to ask each in one language. */
  questions: 200,
  phrasings: 20,
} as const

/** Invisible marks that reorder text: in a link they make it read as another address. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** Spaces, control characters, backslashes or direction marks: a browser would quietly read the link otherwise. */
function hasUnsafeUrlCharacter(value: string): boolean {
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0
    if (code <= 0x20 || code === 0x7f || ch === '\\') return true
  }
  return BIDI_CONTROLS.test(value)
}

export const https = z.string().check(
  z.maxLength(LIMITS.url),
  z.refine((value) => {
    if (hasUnsafeUrlCharacter(value)) return false
    try {
      const url = new URL(value)
      return url.protocol === 'https:' && url.hostname !== ''
    } catch {
      return false
    }
  }, 'must be an absolute https:// URL'),
  // https://www.change.org@evil.example/ opens evil.example: a link must not look like another site.
  z.refine((value) => {
    try {
      const url = new URL(value)
      return url.username === '' && url.password === ''
    } catch {
      return true
    }
  }, 'must not contain a user name or password (the part before "@" hides the real site)'),
)

/** Letters, digits, `.`, `-`, `_` and `/`: nothing a browser could resolve to another host (`\\`, `//`, a tab, `:`). */
const SITE_PATH = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/

/** A path inside the site, relative to `public/`: it can only ever resolve to the site's own origin. */
const sitePath = (extensions: readonly string[]) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(LIMITS.path),
    z.refine((p) => SITE_PATH.test(p) && !p.includes('//') && !p.split('/').includes('..'), {
      message: 'must be a path inside the site, such as "audio/file.webm" (letters, digits, ".", "-", "_" and "/")',
    }),
    z.refine((p) => extensions.some((ext) => p.toLowerCase().endsWith(ext)), {
      message: `must end with ${extensions.join(' or ')}`,
    }),
  )

export const nonEmpty = (max: number = LIMITS.shortText) =>
  z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`))
export const slug = () => z.string().check(z.regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'))
const finite = () => z.number()
const positive = () => z.number().check(z.positive())
const vec3 = z.tuple([finite(), finite(), finite()])

/** Text per language, at most `max` characters each; English is the fallback every visitor can get. */
const localized = (max: number) =>
  z.strictObject({
    en: nonEmpty(max),
    uk: z.optional(nonEmpty(max)),
    de: z.optional(nonEmpty(max)),
    pl: z.optional(nonEmpty(max)),
  })
/** A name, a title, a place: one line. */
export const localizedText = localized(LIMITS.shortText)
/** A description, a biography, a content note. */
export const localizedLong = localized(LIMITS.longText)

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

/**
 * Where a testimony may be heard: `web` a visitor's own phone or computer on screen, `ar` AR on a phone or in a
 * headset (WebXR, and the Quick Look package), `headset` VR in a visitor's own headset, `exhibition` an exhibition's
 * shared headsets, `kiosk` a museum kiosk (offline: it keeps a copy until its next update).
 */
export const SHOWN_IN = ['web', 'ar', 'headset', 'exhibition', 'kiosk'] as const
export type ShownIn = (typeof SHOWN_IN)[number]

/** A calendar day, `YYYY-MM-DD`. */
export const isoDay = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day as YYYY-MM-DD'))

/**
 * What the speaker agreed to: where the testimony may be shown, until when (the last day; none: until withdrawn),
 * and whom to contact to withdraw it (the campaign's own address, never the speaker's). A testimony without it is
 * shown nowhere; the content tool refuses to publish it.
 */
export const consentScope = z.strictObject({
  where: z.array(z.enum(SHOWN_IN)).check(z.minLength(1, 'name at least one place it may be shown')),
  until: z.optional(isoDay),
  withdrawContact: nonEmpty(),
})
export type ConsentScope = z.infer<typeof consentScope>

export const speaker = z
  .strictObject({
    /** Shown on the speaker card: a real name (only with consent) or an anonymised label. */
    label: localizedText,
    bio: localizedLong,
    demo: z.boolean(),
    consent: consentStatus,
  })
  .check(
    z.refine((s) => !s.demo || s.consent === 'demo-synthetic', {
      message: 'a demo speaker must have consent "demo-synthetic"',
      path: ['consent'],
    }),
  )

const captionFiles = z.strictObject({
  en: z.optional(sitePath(['.vtt'])),
  uk: z.optional(sitePath(['.vtt'])),
  de: z.optional(sitePath(['.vtt'])),
  pl: z.optional(sitePath(['.vtt'])),
})

/**
 * Captions are optional only by an explicit choice: a language without a caption file must be listed in
 * `noCaptions` (the app then says there are none in that language and shows the transcript), English included.
 */
function captionsByChoice(
  t: { captions: Partial<Record<string, string>>; noCaptions?: readonly string[] },
  ctx: { issues: z.core.$ZodRawIssue[] },
) {
  const none = t.noCaptions ?? []
  if (!t.captions.en && !none.includes('en'))
    ctx.issues.push({
      code: 'custom',
      message: 'English captions are required, unless "noCaptions" lists "en"',
      path: ['captions', 'en'],
      input: t.captions,
    })
  for (const lang of none)
    if (t.captions[lang])
      ctx.issues.push({
        code: 'custom',
        message: `"${lang}" has captions and is also listed in "noCaptions"`,
        path: ['noCaptions'],
        input: none,
      })
}

export const testimony = z
  .strictObject({
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
    captions: captionFiles,
    /** Languages this testimony has no captions in, by choice (see `captionsByChoice`). */
    noCaptions: z.optional(z.array(z.enum(LANGUAGES))),
    /**
     * The testimony's parts, one WebVTT chapters file per language (the standard's `kind="chapters"`): each cue a part,
     * its start and end in the recording, its title as the cue's text. Every file has the same parts, in its language.
     */
    chapters: z.optional(captionFiles),
    /**
     * The questions its parts answer (Ask): a JSON file (`questionsFile`) beside the chapters, read only when a
     * visitor opens Ask. Only with `chapters`: each question leads to one of its parts.
     */
    questions: z.optional(sitePath(['.json'])),
    transcript: localized(LIMITS.transcript),
    contentNote: localizedLong,
    consentScope: z.optional(consentScope),
  })
  .check(z.superRefine(captionsByChoice))

/** Ways to ask one question in one language: the first is the one Ask suggests; none empty. */
const phrasings = z
  .array(
    z.string().check(
      z.refine((s) => s.trim() !== '', 'must not be empty'),
      z.maxLength(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`),
    ),
  )
  .check(
    z.minLength(1, 'give at least one phrasing'),
    z.maxLength(LIMITS.phrasings, `at most ${LIMITS.phrasings} phrasings`),
  )

/**
 * One curated question: the part of the testimony that answers it (its index in the chapters files, from 0) and
 * the ways to ask it in each language (the first is what Ask suggests). English is required, as for every text.
 */
export const question = z.strictObject({
  part: z.int().check(z.gte(0, 'must be a part number from 0')),
  en: phrasings,
  uk: z.optional(phrasings),
  de: z.optional(phrasings),
  pl: z.optional(phrasings),
})

/** A testimony's questions file (`content/questions/<testimony>.json`), named by the testimony's `questions`. */
export const questionsFile = z.strictObject({
  /** True for the demo content: synthetic questions, leading to synthetic words. */
  demo: z.boolean(),
  questions: z
    .array(question)
    .check(
      z.minLength(1, 'list at least one question'),
      z.maxLength(LIMITS.questions, `at most ${LIMITS.questions} questions`),
    ),
})

const hexColour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #ffd9a0'))
const lightPower = z.number().check(z.positive(), z.lte(1000))

/**
 * A light of the room that the content tool bakes into the model: a bulb (a point, shining all around) or a window
 * (an opening of `size` [width, height] metres, centred on `position`, shining into the room along `facing`).
 * `power` is relative: 1 lights a surface a metre away as bright as the brightest wall should be.
 */
const lightSource = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('bulb'),
    position: vec3,
    color: z.optional(hexColour),
    power: z.optional(lightPower),
    /** Radius of the bulb's own glass and fitting, which must not shade it. @default 0.1 */
    radius: z.optional(positive()),
  }),
  z.strictObject({
    kind: z.literal('window'),
    position: vec3,
    size: z.tuple([positive(), positive()]),
    facing: vec3,
    color: z.optional(hexColour),
    power: z.optional(lightPower),
  }),
])

/** How the room is lit: what the content tool bakes, and the exposure the app shows it at. */
export const cellLight = z.strictObject({
  /** Brightness of the picture, as a camera's exposure (1: as baked). @default 1 */
  exposure: z.optional(z.number().check(z.positive(), z.lte(8))),
  /** Light reaching every surface that nothing shades (bounce light), 0–1. @default 0.05 */
  ambient: z.optional(z.number().check(z.gte(0), z.lte(1))),
  sources: z.optional(z.array(lightSource).check(z.maxLength(8, 'at most 8 light sources'))),
})
export type CellLight = z.infer<typeof cellLight>

const cellFields = {
  id: slug(),
  demo: z.boolean(),
  name: localizedText,
  place: localizedText,
  dates: localizedText,
  /** Who was held here, in one line. */
  heldHere: localizedLong,
  description: localizedLong,
  model: sitePath(['.glb']),
  /**
   * The cell's provenance record (`provenance.ts`): what the room was rebuilt from, each testimony's recording and
   * consent, and the published files' SHA-256. Read only when a visitor opens How we know; the tool requires it.
   */
  provenance: z.optional(sitePath(['.json'])),
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
  /** The room's light: baked into the model by the content tool, shown at `exposure`. */
  light: z.optional(cellLight),
}

/** A problem with one testimony that only shows beside the others: a duplicate id, a marker outside the room. */
export interface TestimonyIssue {
  index: number
  field: 'id' | 'position'
  message: string
}

/** What is wrong with where the cell's testimonies stand and what they are called, each naming its testimony. */
export function testimonyIssues(
  dimensions: { width: number; depth: number; height: number },
  testimonies: readonly { id: string; position: readonly [number, number, number] }[],
): TestimonyIssue[] {
  const issues: TestimonyIssue[] = []
  const seen = new Set<string>()
  testimonies.forEach((t, index) => {
    if (seen.has(t.id)) issues.push({ index, field: 'id', message: `duplicate testimony id "${t.id}"` })
    seen.add(t.id)
    const [x, y, zz] = t.position
    const { width, depth, height } = dimensions
    if (Math.abs(x) > width / 2 || Math.abs(zz) > depth / 2 || y < 0 || y > height)
      issues.push({ index, field: 'position', message: "lies outside the cell's dimensions" })
  })
  return issues
}

const testimonyCount = [
  z.minLength(1, 'a cell needs at least one testimony'),
  z.maxLength(LIMITS.testimoniesPerCell, `at most ${LIMITS.testimoniesPerCell} testimonies in a cell`),
] as const

/** A cell file, every testimony valid: what the content tool holds content to. */
export const cell = z.strictObject({ ...cellFields, testimonies: z.array(testimony).check(...testimonyCount) }).check(
  z.superRefine((c, ctx) => {
    for (const issue of testimonyIssues(c.dimensions, c.testimonies))
      ctx.issues.push({
        code: 'custom',
        message: issue.message,
        path: ['testimonies', issue.index, issue.field],
        input: c.testimonies[issue.index]?.[issue.field],
      })
  }),
)

/** The cell around its testimonies, which the app checks one by one: one bad testimony must not hide the cell. */
export const cellShell = z.strictObject({ ...cellFields, testimonies: z.array(z.unknown()).check(...testimonyCount) })

export const actionLink = z.strictObject({
  title: localizedText,
  description: localizedLong,
  url: https,
  /**
   * The language of the page the link opens (BCP 47, such as "en" or "uk"): where it differs from the visitor's,
   * the panel says so. Without it, the page is taken to be in the language of the link's title as shown.
   */
  lang: z.optional(
    z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en"')),
  ),
})

export const manifest = z.strictObject({
  /** True for the demo content this repository ships; shown on screen. */
  demo: z.boolean(),
  title: localizedText,
  /** Languages every cell and testimony must provide (texts and captions); `npm run content -- check` holds to it. */
  languages: z.optional(z.array(z.enum(LANGUAGES))),
  actions: z.strictObject({ petition: actionLink, volunteer: actionLink }),
  /**
   * The site's public address, for QR codes that send a visitor's phone to this site (a kiosk or headset served
   * from localhost or a local network would otherwise encode an address no phone can open).
   */
  publicUrl: z.optional(https),
  /** Cell files, relative to the manifest's folder. */
  cells: z.array(sitePath(['.json'])).check(z.minLength(1), z.maxLength(LIMITS.cells, `at most ${LIMITS.cells} cells`)),
})

/** The manifest around its two links, which the app checks one by one: a bad link disables only its action. */
export const manifestShell = z.strictObject({
  ...manifest.def.shape,
  actions: z.strictObject({ petition: z.unknown(), volunteer: z.unknown() }),
})

export type LocalizedText = z.infer<typeof localizedText>
export type AudioSources = z.infer<typeof audioSources>
export type Speaker = z.infer<typeof speaker>
export type Testimony = z.infer<typeof testimony>
export type Cell = z.infer<typeof cell>
export type ActionLink = z.infer<typeof actionLink>
export type Question = z.infer<typeof question>
export type QuestionsFile = z.infer<typeof questionsFile>
export type ManifestFile = z.infer<typeof manifest>
/** The manifest as the app holds it: an action whose link was refused is null, and only that action is disabled. */
export type Manifest = Omit<ManifestFile, 'actions'> & { actions: Record<ActionRole, ActionLink | null> }
export type ActionRole = keyof ManifestFile['actions']
/** The calls to action that are links, in the order they are offered. */
export const ACTION_ROLES: readonly ActionRole[] = ['petition', 'volunteer']
