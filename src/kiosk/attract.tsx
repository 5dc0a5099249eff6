import { useCallback, useEffect, useRef, useState } from 'react'
import { setLanguage } from '../i18n/i18n'
import { useContent } from '../state/content-store'
import { useRuntime } from '../scene/runtime-store'
import { useSettings } from '../state/settings'
import { LANGUAGES, type Language } from '../i18n/languages'
import de from '../i18n/locales/de'
import en from '../i18n/locales/en'
import pl from '../i18n/locales/pl'
import uk from '../i18n/locales/uk'
import type { Catalogue } from '../i18n/messages'
import { requestFullscreen } from './lockdown'
import { lazyPart } from '../parts/lazy-part'
import { watchStaffGesture } from './staff-gesture'
import { KIOSK, kioskEn } from './messages'
import './kiosk.css'

/** The attract screen speaks every language at once, so it carries all four catalogues (kiosks only). */
const CATALOGUES: Record<Language, Catalogue> = {
  uk: { ...uk, ...KIOSK.uk },
  en: { ...en, ...kioskEn },
  de: { ...de, ...KIOSK.de },
  pl: { ...pl, ...KIOSK.pl },
}
/** Only staff open it: fetched then. */
const StaffView = lazyPart(() => import('./staff'))

const text = (lang: Language, key: keyof typeof en | keyof typeof kioskEn) => CATALOGUES[lang][key] as string

/**
 * For staff: how many files the offline cache lacks (it fetches them again where it can), checked each time the
 * attract screen comes back. 0 while the first install is still under way with the network up.
 */
function useOfflineMissing(offline: boolean): number {
  const [missing, setMissing] = useState(0)
  useEffect(() => {
    if (!offline) return
    let live = true
    const installing = !navigator.serviceWorker?.controller && navigator.onLine
    if (installing) return
    import('../offline/check')
      .then((m) => m.checkOfflineCache())
      .then(
        (report) => live && setMissing(report.missing.length),
        () => undefined,
      )
    return () => {
      live = false
    }
  }, [offline])
  return missing
}

/**
 * A kiosk's idle screen: the cells in slow motion behind the title, and "touch to begin" in each language.
 * Touching a language starts in it; touching anywhere else starts in the kiosk's language. Silent until touched.
 */
export default function Attract({ onBegin }: { onBegin(lang: Language): void }) {
  const content = useContent((s) => s.loadable)
  const runtime = useRuntime((s) => s.loadable)
  const start = useSettings((s) => s.startLanguage)
  const problems = useSettings((s) => s.deployment.problems)
  const missing = useOfflineMissing(useSettings((s) => s.deployment.offline))
  const base = import.meta.env.BASE_URL
  const order = [start, ...LANGUAGES.filter((l) => l !== start)]
  const demo = content.status === 'ready' && content.value.manifest.demo
  const staffCode = useSettings((s) => s.deployment.staffCode)
  const [staff, setStaff] = useState(false)
  const screen = useRef<HTMLElement>(null)
  // The staff gesture exists only where the deployment set a staff code.
  useEffect(() => {
    const el = screen.current
    if (!el || staff || !staffCode) return
    return watchStaffGesture(el, () => setStaff(true))
  }, [staff, staffCode])
  const leaveStaff = useCallback(() => setStaff(false), [])
  const begin = useCallback(
    (lang: Language) => {
      requestFullscreen()
      void setLanguage(lang)
      onBegin(lang)
    },
    [onBegin],
  )
  // A touch anywhere else begins, the room behind the title too: its canvas is the shared stage's, rendered through a
  // portal from elsewhere in the React tree, so its clicks reach this screen only along the page's own tree.
  useEffect(() => {
    const el = screen.current
    if (!el || staff) return
    const anywhere = (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest('button')) begin(start)
    }
    el.addEventListener('click', anywhere)
    return () => el.removeEventListener('click', anywhere)
  }, [begin, start, staff])
  if (staff) return <StaffView onLeave={leaveStaff} />

  return (
    <main ref={screen} className="attract" data-role="attract">
      <div className="attract-scene">
        {runtime.status === 'ready' && content.status === 'ready' && content.value.cells.length > 0 && (
          <runtime.value.AttractScene cells={content.value.cells} base={base} />
        )}
      </div>
      <div className="attract-text">
        {/* What arrives late (the content's demo mark, the offline check, a deployment's problems) comes above the
            title: the block is anchored at the bottom, so the language buttons stay where a finger is already going. */}
        {demo && (
          <p className="attract-demo" data-role="demo-banner" lang={start}>
            {text(start, 'demoBanner')}
          </p>
        )}
        {missing > 0 && (
          <p className="attract-problems" role="status" data-role="offline-incomplete" lang={start}>
            {text(start, 'offlineIncomplete').replace('{count}', String(missing))}
          </p>
        )}
        {problems.length > 0 && (
          <p className="attract-problems" role="alert" data-role="deployment-problems">
            {problems.join(' · ')}
          </p>
        )}
        <h1 className="attract-title">{text(start, 'title')}</h1>
        <ul className="attract-languages">
          {order.map((lang) => (
            <li key={lang}>
              <button type="button" lang={lang} data-start-lang={lang} onClick={() => begin(lang)}>
                {text(lang, 'touchToBegin')}
              </button>
            </li>
          ))}
        </ul>
        <ul className="attract-notes">
          {order.map((lang) => (
            <li key={lang} lang={lang}>
              {text(lang, 'contentNote')} {text(lang, 'headphones')}
            </li>
          ))}
        </ul>
      </div>
    </main>
  )
}
