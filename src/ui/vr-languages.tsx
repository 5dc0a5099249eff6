import { useLanguage, setLanguage } from '../i18n/i18n'
import { LANGUAGES } from '../i18n/languages'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { CanvasPanel } from '../xr/canvas-panel'
import { VR_LANGUAGES } from '../xr/vr-layout'

/**
 * The interface language, chosen inside VR (the page's language choice is invisible there): each language named in
 * itself, the current one marked. Captions and panels follow at once.
 */
export function VRLanguages() {
  const lang = useLanguage()
  return (
    <group name="vr-languages" position={[0, VR_LANGUAGES.y, 0]}>
      {LANGUAGES.map((l) => (
        <CanvasPanel
          key={l}
          name={`vr-lang-${l}`}
          align="center"
          width={VR_LANGUAGES.width}
          height={VR_LANGUAGES.height}
          position={[VR_LANGUAGES.columns[l], 0, 0]}
          background={l === lang ? 'rgba(18,50,71,0.95)' : 'rgba(36,35,31,0.92)'}
          border={l === lang ? '#7ad3ff' : undefined}
          blocks={[{ text: LANGUAGE_NAMES[l], size: 0.028, weight: 'bold' }]}
          onClick={() => void setLanguage(l)}
        />
      ))}
    </group>
  )
}
