import type { AudioEdit, Basis, Provenance, SourceKind } from '../content/provenance'
import type { ShownIn } from '../content/schema'
import { localize } from '../content/localize'
import type { Language } from '../i18n/languages'
import type { Translate } from '../i18n/i18n'
import { partialDateText } from './dates'
import type { ProvenanceKey } from './messages'

/** Each source's kind, named in words. */
export const KIND_KEYS: Record<SourceKind, ProvenanceKey> = {
  testimony: 'kindTestimony',
  photograph: 'kindPhotograph',
  plan: 'kindPlan',
  satellite: 'kindSatellite',
  correction: 'kindCorrection',
  document: 'kindDocument',
  illustration: 'kindIllustration',
}

export const BASIS_KEYS: Record<Basis, ProvenanceKey> = {
  record: 'basisRecord',
  memory: 'basisMemory',
  illustration: 'basisIllustration',
}

export const EDIT_KEYS: Record<AudioEdit, ProvenanceKey> = {
  cut: 'editCut',
  'names-bleeped': 'editNamesBleeped',
  'voice-altered': 'editVoiceAltered',
  levelled: 'editLevelled',
  synthetic: 'editSynthetic',
}

export const PLACE_KEYS: Record<ShownIn, ProvenanceKey> = {
  web: 'placeWeb',
  ar: 'placeAr',
  headset: 'placeHeadset',
  exhibition: 'placeExhibition',
  kiosk: 'placeKiosk',
}

/** What a visitor must know before anything else about a voice: that it is not the speaker's own as spoken. */
export function plainVoiceKey(edits: readonly AudioEdit[]): ProvenanceKey | null {
  if (edits.includes('synthetic')) return 'plainSynthetic'
  if (edits.includes('voice-altered')) return 'plainAltered'
  return null
}

/** A list in the language's own way: "a, b and c". */
export function listText(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items)
}

/** The language a recording is spoken in, named in the visitor's language. */
export function languageName(tag: string, lang: Language): string {
  try {
    return new Intl.DisplayNames(lang, { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

/** The room's record as lines of plain text, for a headset's panel (the page shows the same, structured). */
export function roomLines(record: Provenance, t: Translate<ProvenanceKey>, lang: Language): string[] {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, lang).text
  const { room } = record
  return [
    ...(record.demo ? [t('demoRecord')] : []),
    text(room.summary),
    `${t('sources')}:`,
    ...room.sources.map((s) => `• ${t(KIND_KEYS[s.kind])}: ${text(s.title)} — ${text(s.contributed)}`),
    ...(room.elements?.length
      ? [
          `${t('elements')}:`,
          ...room.elements.map(
            (e) => `• ${text(e.name)}: ${t(BASIS_KEYS[e.basis])}${e.note ? ` — ${text(e.note)}` : ''}`,
          ),
        ]
      : []),
    t('madeBy', { who: text(room.madeBy), when: partialDateText(room.made, lang) }),
    ...(room.changes?.length
      ? [`${t('changes')}:`, ...room.changes.map((c) => `• ${partialDateText(c.date, lang)}: ${text(c.what)}`)]
      : []),
  ]
}
