import { useLanguage } from '../i18n/i18n'
import type { LocalizedText } from '../content/schema'
import { localize } from '../content/localize'
import { useT } from '../i18n/use-t'

/** Says so when content on screen is not yet translated into the visitor's language and is shown in English. */
export function FallbackNotice({ texts }: { texts: readonly LocalizedText[] }) {
  const t = useT()
  const lang = useLanguage()
  if (!texts.some((text) => localize(text, lang).fallback)) return null
  return (
    <p className="fallback-notice" data-role="fallback-notice">
      {t('contentFallback')}
    </p>
  )
}
