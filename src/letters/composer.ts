import type { Language } from '../i18n/languages'
import type { LetterPhrase, LetterRecipient, Letters, PhraseGroup } from '../content/schema'

/** What the writer has chosen and typed. It stays in memory on this device and is never sent anywhere. */
export interface Draft {
  recipientId: string | null
  phraseIds: readonly string[]
  name: string
  country: string
}

export const EMPTY_DRAFT: Draft = { recipientId: null, phraseIds: [], name: '', country: '' }

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

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(recipient|name|country)\}/g, (_, key: string) => values[key] || '…')
}

export function orderedPhrases(letters: Letters, phraseIds: readonly string[]): LetterPhrase[] {
  const chosen = new Set(phraseIds)
  return GROUP_ORDER.flatMap((group) => letters.phrases.filter((p) => p.group === group && chosen.has(p.id)))
}

/** Builds the postcard, or null until a recipient and at least one phrase are chosen. */
export function composePostcard(letters: Letters, draft: Draft, lang: Language): Postcard | null {
  const recipient = letters.recipients.find((r) => r.id === draft.recipientId)
  const phrases = orderedPhrases(letters, draft.phraseIds)
  if (!recipient || phrases.length === 0) return null
  const name = draft.name.trim()
  const country = draft.country.trim()
  const russianValues = { recipient: recipient.firstNameRu, name, country }
  const localValues = { recipient: recipient.name[lang] ?? recipient.name.en, name, country }
  const russian = phrases.map((p) => fill(p.ru, russianValues))
  const translation = phrases.map((p) => fill(p.translation[lang], localValues))
  if (name) {
    russian.push(name)
    translation.push(name)
  }
  return {
    recipient,
    russian,
    translation,
    envelope: {
      to: [`${recipient.nameRu}, ${recipient.yearOfBirth} г. р.`, ...recipient.address],
      from: [name, country].filter(Boolean),
    },
  }
}

/** Plain text to copy: the postcard, then the envelope. */
export function postcardText(card: Postcard): string {
  return [...card.russian, '', '—', ...card.envelope.to].join('\n')
}
