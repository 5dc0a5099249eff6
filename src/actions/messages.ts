import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** Take action's own text (a few words, so all four languages travel together). */
export const actionsEn = {
  pageLanguage: '(in {language})',
} as const

export type ActionsKey = keyof typeof actionsEn

export const ACTIONS: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: { pageLanguage: '(сторінка мовою: {language})' },
  de: { pageLanguage: '(auf {language})' },
  pl: { pageLanguage: '(strona w języku: {language})' },
}

const actionsMessages = defineMessages('actions', actionsEn, async (lang) => ACTIONS[lang as keyof typeof ACTIONS])

/** The translator for Take action's own text. */
export const useActionsT = () => useTranslator<ActionsKey>(actionsMessages)
