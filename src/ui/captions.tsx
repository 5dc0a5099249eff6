import { useCaptionStore } from '../captions/caption-store'
import { useLanguage } from '../i18n/i18n'

/** Captions in the visitor's language; plain text, never HTML. */
export function Captions() {
  const text = useCaptionStore((s) => s.text)
  const lang = useCaptionStore((s) => s.lang)
  const error = useCaptionStore((s) => s.error)
  const visitorLang = useLanguage()
  return (
    <div className="captions" data-role="captions" lang={lang ?? undefined}>
      {text && <p className="caption-line">{text}</p>}
      {text && lang && lang !== visitorLang && <p className="caption-fallback">({lang.toUpperCase()})</p>}
      {error && <p className="caption-error">{error}</p>}
    </div>
  )
}
