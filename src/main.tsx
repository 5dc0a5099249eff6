import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { safeStorage } from './state/storage'
import { useAppStore } from './state/app-store'
import { readDeployment, readSiteSettings } from './state/deployment'
import { countingFor } from './counting/policy'
import { useRuntime } from './scene/runtime-store'
import { useContent } from './state/content-store'
import { useSettings } from './state/settings'
import { rememberComfort } from './state/comfort'
import { setLanguage } from './i18n/i18n'
import { initialLanguage } from './i18n/language'
import { watchController } from './offline/started-by'
import { readStartAddress } from './links/use-address'
import { framedByAnotherSite } from './app/framing'
import { lazyPart } from './parts/lazy-part'
import { APP_READY_EVENT } from './app/early-begin'
import { provideXRLayer } from './xr/xr-layer-load'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const base = import.meta.env.BASE_URL

// The address sets the deployment up: `?mode=kiosk`, `?mode=exhibition`, times, language (src/state/deployment.ts).
// Counting is the site's setting, written into the page by the build: no address can turn it on.
const deployment = readDeployment(location.search, readSiteSettings(document))
for (const problem of deployment.problems) console.warn(`Deployment address: ${problem}`)
const shared = deployment.mode !== 'visitor'
useSettings.setState({ deployment })
// A link to a cell or testimony leads there after Begin, in the language it names, if it names one.
const linkLang = readStartAddress(base)
// A shared device does not remember one visitor's language for the next.
const lang =
  deployment.lang ??
  linkLang ??
  initialLanguage(shared ? null : safeStorage(), navigator.languages ?? [navigator.language])
useSettings.setState({ startLanguage: lang })
// Comfort settings (mono, captions, seated …) are remembered on a visitor's own device only.
rememberComfort(deployment.mode, safeStorage())

// Other languages' interface text downloads when first needed.
void setLanguage(lang)

// The WebXR layer, fetched only where a headset or AR is offered: XR itself with the features' headset panels.
provideXRLayer(() => import('./app/xr-layer'))

/** Shown only where another site frames the page: fetched then. */
const FramedNotice = lazyPart(() => import('./app/framed-notice'), { name: 'FramedNotice' })

if (framedByAnotherSite(window)) refuseToRunFramed(root)
else startApp(root)

/** Inside another site's frame: a notice and a link to open the page on its own, and nothing else runs. */
function refuseToRunFramed(root: HTMLElement) {
  root.dataset.phase = 'framed'
  delete root.dataset.begin
  // The early script lets go of Begin: there is no Begin any more.
  document.dispatchEvent(new Event(APP_READY_EVENT))
  createRoot(root).render(
    <StrictMode>
      <FramedNotice root={root} href={location.href} />
    </StrictMode>,
  )
}

function startApp(root: HTMLElement) {
  if (deployment.mode === 'kiosk') useAppStore.getState().startOver('attract')
  else if (location.hash === '#letter') useAppStore.getState().openLetters()
  // The attract screen and one-action VR need the content and the 3D runtime before the first touch.
  if (shared) {
    void useContent.getState().load(base)
    void useRuntime.getState().load()
  }

  // Counting, where the deployment wants it (src/counting/): loaded only then, so an ordinary visit carries none of it.
  const counting = countingFor(deployment, navigator as Navigator & { globalPrivacyControl?: unknown })
  if (counting === 'web')
    import('./counting/web')
      .then(({ startWebCounting }) => startWebCounting(deployment.mode, base))
      .catch((e: unknown) => console.warn(`Counting could not be loaded: ${String(e)}`))
  else if (counting === 'device')
    import('./counting/device')
      .then(({ startDeviceCounting }) => startDeviceCounting(deployment.mode, safeStorage(), deployment.keepDays))
      .catch((e: unknown) => console.warn(`Counting could not be loaded: ${String(e)}`))

  // An unattended kiosk mends itself: errors, a frozen 3D view or a lost WebGL context start it over (kiosk/watch.ts).
  if (deployment.mode === 'kiosk')
    import('./kiosk/watch')
      .then(({ watchKiosk }) =>
        watchKiosk(lang, root, { path: deployment.heartbeat, seconds: deployment.heartbeatSeconds }),
      )
      .catch((e: unknown) => console.warn(`The kiosk watchdog could not be loaded: ${String(e)}`))

  // Kiosks and exhibitions keep working with the network cut: a service worker caches the app and all content.
  if (deployment.offline) {
    // Watched from here on: a new version may take the page over before the offline module has loaded.
    const controller = watchController()
    // Loaded on demand: the landing page of an ordinary visit carries none of it.
    import('./offline/register')
      .then(({ registerOfflineCache }) => {
        // Compared as text: the attract screen of kiosks is a phase of its own.
        const isIdle = () => (['landing', 'attract'] as string[]).includes(useAppStore.getState().phase)
        const cache = registerOfflineCache(base, isIdle, controller)
        // A version that arrived while a visitor was inside takes over once the app is back at its start;
        // a kiosk that runs for weeks also asks for one, at most hourly, whenever it is back there.
        let checked = Date.now()
        useAppStore.subscribe((s, prev) => {
          if (s.phase === prev.phase || !isIdle()) return
          if (cache.applyPendingUpdate()) return
          if (Date.now() - checked > 60 * 60 * 1000) {
            checked = Date.now()
            void cache.checkForUpdate()
          }
        })
      })
      .catch((e: unknown) => console.warn(`The offline cache could not be loaded: ${String(e)}`))
  }

  createRoot(root).render(
    <StrictMode>
      <App root={root} base={base} />
    </StrictMode>,
  )
}
