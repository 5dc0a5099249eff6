import { useCaptionStore } from '../captions/caption-store'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { captionProblemText } from '../captions/problem-text'
import { CAPTION_SCALE, useComfort } from '../state/comfort'
import type { CSSProperties } from 'react'

/** Captions in the visitor's language; plain text, never HTML. */
export function Captions() {
  const text = useCaptionStore((s) => s.text)
  const lang = useCaptionStore((s) => s.lang)
  const error = useCaptionStore((s) => s.error)
  const t = useT()
  const visitorLang = useLanguage()
  const size = useComfort((s) => s.captionSize)
  const backdrop = useComfort((s) => s.captionBackdrop)
  // The visitor's size and backdrop as custom properties for the stylesheet (set through the CSSOM: CSP-safe).
  const style = { '--caption-scale': CAPTION_SCALE[size], '--caption-backdrop': backdrop } as CSSProperties
  return (
    <div className="captions" data-role="captions" data-caption-size={size} lang={lang ?? undefined} style={style}>
      {text && <p className="caption-line">{text}</p>}
      {text && lang && lang !== visitorLang && <p className="caption-fallback">({lang.toUpperCase()})</p>}
      {error && <p className="caption-error">{captionProblemText(t, error)}</p>}
    </div>
  )
}
