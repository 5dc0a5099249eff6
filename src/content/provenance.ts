import * as z from 'zod/mini'
import { LIMITS, isoDay, localizedLong, localizedText, nonEmpty, slug } from './schema'

/**
 * A cell's provenance record, `content/provenance/<cell>.json`: what a visitor, a journalist or a curator can learn
 * about how the room and its voices came to be, and the SHA-256 of every file published for it. It is read by the
 * How we know view only (never on the way to the first voice) and written by the content tool.
 *
 * It maps onto W3C PROV (docs/content.md): each `published.files` entry and the room are entities; a source's use,
 * the model's making, each change, each recording and the publishing are activities; `madeBy`, `transcribedBy`,
 * `translatedBy` and `published.by` are agents.
 */

/** A date at the precision the curator chooses for the speaker's safety: a year, a month, or a day. */
const partialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year, YYYY-MM or YYYY-MM-DD'))

/** What a source is: the kinds the How we know view names. */
const SOURCE_KINDS = ['testimony', 'photograph', 'plan', 'satellite', 'correction', 'document', 'illustration'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** How an element of the room is known: from a record, from memory, or drawn to illustrate. */
const BASES = ['record', 'memory', 'illustration'] as const
export type Basis = (typeof BASES)[number]

/**
 * What was done to a recording: cut for length, names bleeped, voice altered for anonymity, loudness levelled, or
 * no human voice at all (a synthetic stand-in, for demo content).
 */
const AUDIO_EDITS = ['cut', 'names-bleeped', 'voice-altered', 'levelled', 'synthetic'] as const
export type AudioEdit = (typeof AUDIO_EDITS)[number]

const source = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  title: localizedText,
  /** What it contributed to the room. */
  contributed: localizedLong,
  date: z.optional(partialDate),
})

const element = z.strictObject({
  /** The part of the room, such as "the window". */
  name: localizedText,
  basis: z.enum(BASES),
  /** Where that comes from, in a sentence: "its size is from a photograph; its bars are from memory". */
  note: z.optional(localizedLong),
})

const change = z.strictObject({ date: partialDate, what: localizedLong })

const roomProvenance = z.strictObject({
  /** In a sentence or two: what the room is, and how sure it is. */
  summary: localizedLong,
  sources: z.array(source).check(z.minLength(1, 'a cell needs at least one source')),
  elements: z.optional(z.array(element)),
  madeBy: localizedText,
  made: partialDate,
  changes: z.optional(z.array(change)),
})

const testimonyProvenance = z.strictObject({
  recorded: partialDate,
  transcribedBy: localizedText,
  /** Who translated the captions, where anyone did. */
  translatedBy: z.optional(localizedText),
  audioEdits: z.array(z.enum(AUDIO_EDITS)),
  /** What the speaker agreed to, and its limits, in the curator's words. */
  agreed: localizedLong,
})

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 as 64 lowercase hex digits'))

/** A published file: its path in the site, its SHA-256 and its size. */
const publishedFile = z.strictObject({
  path: nonEmpty(),
  sha256,
  bytes: z.number().check(z.int(), z.gte(0)),
})

/**
 * A testimony withdrawn from the cell: when, by whom, and the files that were removed (written by the content tool's
 * `withdraw`). Its words are gone; the id stays so that the record says a voice was taken out.
 */
const withdrawal = z.strictObject({
  testimony: slug(),
  at: isoDay,
  by: nonEmpty(),
  removed: z.array(nonEmpty(LIMITS.path)),
})

export const provenance = z.strictObject({
  cell: slug(),
  /** True for the demo content: the record says what it stands in for. */
  demo: z.boolean(),
  room: roomProvenance,
  /** By testimony id. */
  testimonies: z.record(z.string(), testimonyProvenance),
  /** Testimonies withdrawn from the cell, oldest first. */
  withdrawn: z.optional(z.array(withdrawal)),
  /** Written by the content tool when it publishes: when, by whom, and each file's hash. */
  published: z.optional(
    z.strictObject({
      at: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/, 'must be a UTC time')),
      by: nonEmpty(),
      files: z.array(publishedFile),
    }),
  ),
})
export type Provenance = z.infer<typeof provenance>
