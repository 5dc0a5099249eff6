import { useAppStore } from '../app/app-store'
import type { MessageKey } from './messages'
import { translate } from './language'

/** The translator for the visitor's current language. */
export function useT(): (key: MessageKey) => string {
  const lang = useAppStore((s) => s.lang)
  return (key) => translate(lang, key)
}
