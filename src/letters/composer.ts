import type { Language } from '../i18n/languages'
import { receivesLetters, type LetterPhrase, type LetterRecipient, type Letters, type PhraseGroup } from './schema'
import { countryInRussian, toRussianCyrillic } from './sender'

/** What the writer has chosen and typed. It stays in memory on this device and is never sent anywhere. */
export interface Draft {
  recipientId: string | null
  phraseIds: readonly string[]
  /** The writer's name as they typed it, in any script. */
  name: string
  /** The name in Russian Cyrillic as the writer corrected it; null while it follows `name`. */
  nameRu: string | null
  /** The writer's country, an ISO 3166 region code, or '' for none. */
  countryCode: string
  /** A few words of the writer's own, in Russian, added before the closing. */
  ownWords: string
}

export const EMPTY_DRAFT: Draft = {
  recipientId: null,
  phraseIds: [],
  name: '',
  nameRu: null,
  countryCode: '',
  ownWords: '',
}

/** The name on the postcard and the envelope: the writer's correction, or their name transliterated. */
export const senderNameRu = (draft: Pick<Draft, 'name' | 'nameRu'>): string =>
  (draft.nameRu ?? toRussianCyrillic(draft.name)).trim()

/** A postcard reads greeting → support → wishes → about me → closing, whatever order phrases were picked in. */
export const GROUP_ORDER: readonly PhraseGroup[] = ['greeting', 'support', 'wishes', 'about-me', 'closing']

export interface Postcard {
  recipient: LetterRecipient
  /** The postcard in Russian, one phrase per line, signed with the writer's name. */
  russian: string[]
  /** The same lines in the writer's language, for them to read. */
  translation: string[]
  envelope: { to: string[]; from: string[] }
}

const countryName = (code: string, lang: Language) =>
  new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(recipient|name|country)\}/g, (_, key: string) => values[key] || '…')
}

function orderedPhrases(letters: Letters, phraseIds: readonly string[]): LetterPhrase[] {
  const chosen = new Set(phraseIds)
  return GROUP_ORDER.flatMap((group) => letters.phrases.filter((p) => p.group === group && chosen.has(p.id)))
}

/** Builds the postcard, or null until a recipient who can receive letters and at least one phrase are chosen. */
export function composePostcard(letters: Letters, draft: Draft, lang: Language): Postcard | null {
  const recipient = letters.recipients.find((r) => r.id === draft.recipientId && receivesLetters(r))
  const phrases = orderedPhrases(letters, draft.phraseIds)
  if (!recipient || phrases.length === 0) return null
  const name = draft.name.trim()
  const nameRu = senderNameRu(draft)
  const countryRu = draft.countryCode ? countryInRussian(draft.countryCode) : ''
  const country = draft.countryCode ? countryName(draft.countryCode, lang) : ''
  const russianValues = { recipient: recipient.firstNameRu, name: nameRu, country: countryRu }
  const localValues = { recipient: recipient.name[lang] ?? recipient.name.en, name, country }
  const russian = phrases.map((p) => fill(p.ru, russianValues))
  const translation = phrases.map((p) => fill(p.translation[lang], localValues))
  // The writer's own words go before the closing phrases; the translation column shows them as written.
  const own = draft.ownWords.trim()
  if (own) {
    const at = phrases.findIndex((p) => p.group === 'closing')
    const index = at < 0 ? russian.length : at
    russian.splice(index, 0, own)
    translation.splice(index, 0, own)
  }
  if (nameRu) {
    russian.push(nameRu)
    translation.push(name || nameRu)
  }
  return {
    recipient,
    russian,
    translation,
    envelope: {
      to: [`${recipient.nameRu}, ${recipient.yearOfBirth} г. р.`, ...(recipient.address ?? [])],
      from: [nameRu, countryRu].filter(Boolean),
    },
  }
}

/** Plain text to copy: the postcard, then the envelope. */
export function postcardText(card: Postcard): string {
  return [...card.russian, '', '—', ...card.envelope.to].join('\n')
}
