import type { Language } from '../i18n/languages'

/**
 * What a shared link says about where it leads, in each interface language: the landing's line
 * (`<p class="landing-link" data-role="link-target">`) and the link-preview pages the build writes
 * (build/link-pages.ts). Plain data, so the build reads it without the app's i18n runtime.
 */
const LINK_TEXT = {
  en: {
    leadsTo: 'This link leads to: {place}',
    testimony: '{title} — {speaker} ({cell})',
    cells: 'This link leads to the list of places of detention.',
    withdrawnTitle: 'Testimony withdrawn',
    withdrawn: 'This testimony has been withdrawn.',
  },
  uk: {
    leadsTo: 'Куди веде посилання: {place}',
    testimony: '{title} — {speaker} ({cell})',
    cells: 'Посилання веде до переліку місць ув’язнення.',
    withdrawnTitle: 'Свідчення відкликано',
    withdrawn: 'Це свідчення відкликано.',
  },
  de: {
    leadsTo: 'Dieser Link führt zu: {place}',
    testimony: '{title} — {speaker} ({cell})',
    cells: 'Dieser Link führt zur Liste der Haftorte.',
    withdrawnTitle: 'Zeugnis zurückgezogen',
    withdrawn: 'Dieses Zeugnis wurde zurückgezogen.',
  },
  pl: {
    leadsTo: 'Ten link prowadzi do: {place}',
    testimony: '{title} — {speaker} ({cell})',
    cells: 'Ten link prowadzi do listy miejsc przetrzymywania.',
    withdrawnTitle: 'Relacja wycofana',
    withdrawn: 'Ta relacja została wycofana.',
  },
} as const satisfies Record<Language, Record<string, string>>

export type LinkTextKey = keyof (typeof LINK_TEXT)['en']

/**
 * A link text with its `{name}` placeholders filled (values are inserted as they are: escape for HTML afterwards).
 * @example linkText('en', 'leadsTo', { place: 'Pre-trial detention cell' }) // 'This link leads to: Pre-trial detention cell'
 */
export function linkText(lang: Language, key: LinkTextKey, values: Record<string, string> = {}): string {
  return LINK_TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
