import * as z from 'zod/mini'
import { LIMITS, https, localizedLong, localizedText, nonEmpty, slug } from '../content/schema'

/**
 * The letter page's content (content/letters.json): the directory of recipients and the postcard's phrases. Apart from
 * the cells' schema (src/content/schema.ts) because only the letter page reads it: the first voice does not carry it.
 */

/** Adds an issue at `<list>[i].id` for every id used twice in a list (letter phrases). */
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

/** Text in all four interface languages: letter phrases must be understood by every writer. */
export const fullyTranslated = z.strictObject({
  en: nonEmpty(LIMITS.longText),
  uk: nonEmpty(LIMITS.longText),
  de: nonEmpty(LIMITS.longText),
  pl: nonEmpty(LIMITS.longText),
})

export const phraseGroup = z.enum(['greeting', 'support', 'wishes', 'about-me', 'closing'])

export const letterPhrase = z.strictObject({
  id: slug(),
  group: phraseGroup,
  /**
   * The phrase in Russian, so prison censors let it through. `{name}` and `{country}` are filled with what the
   * writer types; `{recipient}` with the recipient's first name in Russian.
   */
  ru: nonEmpty(LIMITS.longText),
  translation: fullyTranslated,
})

export const letterRecipient = z
  .strictObject({
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
    heldAt: localizedLong,
    /** One line: who they are. */
    who: localizedLong,
    /**
     * False while the person cannot receive letters (held incommunicado, whereabouts unknown, moved): the page says so
     * and offers the petition instead of the composer. @default true
     */
    receivesLetters: z.optional(z.boolean()),
    /** Postal address supplied by the campaign, in Russian, one line per array item; needed while letters reach them. */
    address: z.optional(z.array(nonEmpty()).check(z.minLength(2))),
  })
  .check(
    z.refine((r) => r.receivesLetters === false || r.address !== undefined, {
      message: 'needs an address while the person receives letters (or "receivesLetters": false)',
      path: ['address'],
    }),
  )

/** Whether the composer may offer this person. */
export const receivesLetters = (r: { receivesLetters?: boolean }): boolean => r.receivesLetters !== false

export const letters = z
  .strictObject({
    demo: z.boolean(),
    /** Letters to occupied Donbas go through the Center for Civil Liberties. */
    donbasRoute: z.strictObject({ text: localizedText, url: https }),
    recipients: z.array(letterRecipient).check(z.minLength(1), z.maxLength(LIMITS.recipients)),
    phrases: z
      .array(letterPhrase)
      .check(z.minLength(24, 'the composer needs at least 24 phrases'), z.maxLength(LIMITS.phrases)),
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
