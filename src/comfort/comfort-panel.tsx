import { useId } from 'react'
import { useDialogFocus } from '../a11y/focus'
import { useLanguage } from '../i18n/i18n'
import { CAPTION_SIZES, useComfort, type CaptionPlace, type CaptionSize } from '../state/comfort'
import { useSettings } from '../state/settings'
import type { ComfortKey } from './messages-en'
import { useComfortT } from './use-comfort-t'
import '../a11y/dialog.css'
import './comfort-panel.css'

const SIZE_KEYS: Record<CaptionSize, ComfortKey> = { 0: 'sizeSmall', 1: 'sizeMedium', 2: 'sizeLarge' }
const PLACES: readonly [CaptionPlace, ComfortKey][] = [
  ['follow', 'placeFollow'],
  ['speaker', 'placeSpeaker'],
]

/** The comfort and access settings; each applies at once, on screen and in a headset. */
export default function ComfortPanel({ onClose }: { onClose(): void }) {
  const t = useComfortT()
  const lang = useLanguage()
  const c = useComfort()
  const shared = useSettings((s) => s.deployment.mode !== 'visitor')
  const id = useId()
  const heading = useDialogFocus(onClose)
  const percent = (v: number) => new Intl.NumberFormat(lang, { style: 'percent' }).format(v)

  return (
    <section
      className="centre-dialog comfort-panel"
      data-role="comfort-panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('comfortTitle')}
      </h2>
      <label className="comfort-check">
        <input
          type="checkbox"
          data-role="comfort-mono"
          checked={c.mono}
          onChange={(e) => c.set({ mono: e.target.checked })}
        />
        {t('mono')}
      </label>
      <label className="comfort-range">
        <span>
          {t('roomSound')}: <output>{c.ambient === 0 ? t('roomSoundOff') : percent(c.ambient)}</output>
        </span>
        <input
          type="range"
          data-role="comfort-ambient"
          min={0}
          max={100}
          step={10}
          value={Math.round(c.ambient * 100)}
          aria-valuetext={c.ambient === 0 ? t('roomSoundOff') : percent(c.ambient)}
          onChange={(e) => c.set({ ambient: Number(e.target.value) / 100 })}
        />
      </label>
      <fieldset>
        <legend>{t('captionSize')}</legend>
        {CAPTION_SIZES.map((size) => (
          <label key={size}>
            <input
              type="radio"
              name={`${id}-size`}
              data-role={`comfort-caption-size-${size}`}
              checked={c.captionSize === size}
              onChange={() => c.set({ captionSize: size })}
            />
            {t(SIZE_KEYS[size])}
          </label>
        ))}
      </fieldset>
      <label className="comfort-range">
        <span>
          {t('captionBackdrop')}: <output>{percent(c.captionBackdrop)}</output>
        </span>
        <input
          type="range"
          data-role="comfort-caption-backdrop"
          min={60}
          max={100}
          step={5}
          value={Math.round(c.captionBackdrop * 100)}
          onChange={(e) => c.set({ captionBackdrop: Number(e.target.value) / 100 })}
        />
      </label>
      <fieldset>
        <legend>{t('captionPlace')}</legend>
        {PLACES.map(([place, key]) => (
          <label key={place}>
            <input
              type="radio"
              name={`${id}-place`}
              data-role={`comfort-caption-place-${place}`}
              checked={c.captionPlace === place}
              onChange={() => c.set({ captionPlace: place })}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <label className="comfort-check">
        <input
          type="checkbox"
          data-role="comfort-seated"
          checked={c.seated}
          onChange={(e) => c.set({ seated: e.target.checked })}
        />
        {t('seated')}
      </label>
      <p className="comfort-memory">{shared ? t('forgottenHere') : t('rememberedHere')}</p>
      <button type="button" className="dialog-close" data-role="comfort-close" onClick={onClose}>
        {t('comfortClose')}
      </button>
    </section>
  )
}
