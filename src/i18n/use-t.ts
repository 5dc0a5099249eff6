import { commonMessages } from './common'
import { useTranslator, type Translate } from './i18n'
import type { MessageKey } from './messages'

/** The translator for the visitor's current language. */
export function useT(): Translate<MessageKey> {
  return useTranslator<MessageKey>(commonMessages)
}
