import { useMemo } from 'react'
import { useAppStore } from '../app/app-store'
import { translator, type Translate } from './i18n'
import type { MessageKey } from './messages'

/** The translator for the visitor's current language (and a namespace, for pages that bring their own text). */
export function useT<K extends string = MessageKey>(ns = 'common'): Translate<K> {
  const lang = useAppStore((s) => s.lang)
  return useMemo(() => translator<K>(lang, ns), [lang, ns])
}
