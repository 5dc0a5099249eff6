import { defineMessages, render, type TranslateOptions } from './i18n'
import en from './locales/en'
import type { MessageKey } from './messages'

/** The interface text every page uses. */
export const commonMessages = defineMessages('common', en)

/** Outside React (the 3D panels read through the hook too): the current language's text for a key. */
export function translateNow(key: MessageKey, options?: TranslateOptions): string {
  return render(commonMessages.get()[key], options)
}
