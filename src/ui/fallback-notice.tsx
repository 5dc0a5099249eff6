import { useAppStore } from '../app/app-store'
import type { LocalizedText } from '../content/schema'
import { localize } from '../i18n/language'
import { useT } from '../i18n/use-t'

/** Says so when content on screen is not yet translated into the visitor's language and is shown in English. */
export function FallbackNotice({ texts }: { texts: readonly LocalizedText[] }) {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  if (!texts.some((text) => localize(text, lang).fallback)) return null
  return (
    <p className="fallback-notice" data-role="fallback-notice">
      {t('contentFallback')}
    </p>
  )
}
