import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** Take action's own text (a few words, so all four languages travel together). */
export const actionsEn = {
  pageLanguage: '(in {language})',
  // Where the manifest, which holds the links, could not be read
  petition: 'Sign the petition',
  volunteer: 'Volunteer',
  unavailable: 'Not available just now: this link comes with the site’s content, which could not be loaded.',
} as const

export type ActionsKey = keyof typeof actionsEn

export const ACTIONS: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    pageLanguage: '(сторінка мовою: {language})',
    petition: 'Підписати петицію',
    volunteer: 'Стати волонтером',
    unavailable: 'Зараз недоступно: це посилання надходить разом із вмістом сайту, який не вдалося завантажити.',
  },
  de: {
    pageLanguage: '(auf {language})',
    petition: 'Die Petition unterschreiben',
    volunteer: 'Ehrenamtlich mithelfen',
    unavailable:
      'Gerade nicht verfügbar: Dieser Link kommt mit den Inhalten der Website, die nicht geladen werden konnten.',
  },
  pl: {
    pageLanguage: '(strona w języku: {language})',
    petition: 'Podpisz petycję',
    volunteer: 'Zostań wolontariuszem',
    unavailable: 'Teraz niedostępne: ten link jest częścią treści strony, których nie udało się wczytać.',
  },
}

const actionsMessages = defineMessages('actions', actionsEn, async (lang) => ACTIONS[lang as keyof typeof ACTIONS])

/** The translator for Take action's own text. */
export const useActionsT = () => useTranslator<ActionsKey>(actionsMessages)
