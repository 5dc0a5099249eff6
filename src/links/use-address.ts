import { useEffect } from 'react'
import type { AudioEngine } from '../audio/audio-engine'
import { useAudioEngine } from '../audio/audio-store'
import { locale } from '../i18n/i18n'
import type { Language } from '../i18n/languages'
import { useAppStore } from '../state/app-store'
import { useContent } from '../state/content-store'
import { useSettings } from '../state/settings'
import { parseAddress, placePath, type Place } from './address'
import { resolvePlace } from './link-target'
import { useLinks } from './link-store'

/**
 * Reads where the page's address leads, once at start, before the first render: the landing then says where, and
 * Begin goes there. Only a visitor's own device follows addresses (kiosks and shared headsets stay on theirs).
 */
export function readStartAddress(base: string): Language | null {
  if (useSettings.getState().deployment.mode !== 'visitor') return null
  const { place, lang } = parseAddress(location.pathname, location.search, base)
  if (place.kind !== 'start') {
    const line = document.querySelector<HTMLElement>('[data-role="link-target"]')
    const text = line?.textContent?.trim()
    const lineLang = line?.closest<HTMLElement>('[lang]')?.lang || lang || 'en'
    useLinks.setState({ pending: place, landingLine: text ? { text, lang: lineLang } : null })
  }
  return lang
}

/** Where the visitor is, as a place: what the address bar shows and a reload or a shared link comes back to. */
function currentPlace(engine: AudioEngine | null): Place | null {
  const { phase, cellId } = useAppStore.getState()
  const pending = useLinks.getState().pending
  switch (phase) {
    case 'attract':
    case 'landing':
      return pending ?? { kind: 'start' }
    case 'cells':
      // Until the content is in, the link's own address stays (a reload there still leads where it led).
      return pending ?? { kind: 'cells' }
    case 'letter':
      return null
    case 'cell': {
      if (!cellId) return { kind: 'cells' }
      const playing = engine?.player.store.getState()
      const testimony = playing?.status !== 'idle' ? playing?.testimonyId : null
      return testimony ? { kind: 'testimony', cell: cellId, testimony, at: null } : { kind: 'cell', cell: cellId }
    }
  }
}

/** Goes where an address leads, with the content as it is (or once it is in). */
function go(place: Place): void {
  const app = useAppStore.getState()
  if (place.kind === 'start') {
    if (app.phase !== 'landing') app.startOver('landing')
    useLinks.setState({ pending: null, notice: null })
    return
  }
  const content = useContent.getState().loadable
  // Before Begin (or before the content is in), Begin goes there.
  if (content.status !== 'ready' || app.phase === 'landing' || app.phase === 'attract') {
    useLinks.setState({ pending: place })
    return
  }
  const outcome = resolvePlace(place, content.value)
  useLinks.setState({ pending: null })
  if (outcome.kind === 'start') return
  if (outcome.kind === 'cells') {
    useLinks.setState({ notice: outcome.notice })
    if (app.phase === 'cell') app.leaveCell()
    return
  }
  useLinks.setState({
    notice: null,
    arrival: outcome.testimony ? { cell: outcome.cell, testimony: outcome.testimony, at: outcome.at } : null,
    invited: outcome.testimony,
  })
  if (app.phase !== 'cell' || app.cellId !== outcome.cell) app.enterCell(outcome.cell)
}

/**
 * Keeps the address and the experience in step on a visitor's own device: a new screen is a new history entry (Back
 * and Forward move between the landing, the cell choice and a cell), a testimony chosen or the language changed
 * rewrites the current one, and a link's place is reached once the Begin tap has brought the content in.
 */
export function useAddress(base: string): void {
  const engine = useAudioEngine()
  const visitor = useSettings((s) => s.deployment.mode === 'visitor')
  useEffect(() => {
    if (!visitor) return
    // The address names a language only if the link did: a shared link keeps the language it was shared in.
    let prefixed = parseAddress(location.pathname, location.search, base).lang !== null
    let screen = ''
    const sync = () => {
      const place = currentPlace(engine)
      if (!place) return
      const { phase, cellId } = useAppStore.getState()
      const nowScreen = `${phase}/${cellId ?? ''}`
      const [path = '', query = ''] = placePath(place, prefixed ? locale.get() : null, base).split('?')
      // Other parameters (a deployment's `?links=qr`) stay; the moment is the place's.
      const search = new URLSearchParams(location.search)
      const at = new URLSearchParams(query).get('at')
      if (place.kind !== 'testimony' || useLinks.getState().pending) search.delete('at')
      if (at) search.set('at', at)
      const target = path + (search.size ? `?${search.toString().replace(/%3A/g, ':')}` : '') + location.hash
      const newScreen = screen !== '' && nowScreen !== screen
      screen = nowScreen
      if (target === location.pathname + location.search + location.hash) return
      if (newScreen) history.pushState(null, '', target)
      else history.replaceState(null, '', target)
    }
    const onPop = () => {
      const address = parseAddress(location.pathname, location.search, base)
      prefixed = address.lang !== null
      useLinks.setState({ landingLine: null })
      go(address.place)
      sync()
    }
    const resolvePending = () => {
      const { pending } = useLinks.getState()
      if (pending && useAppStore.getState().phase === 'cells' && useContent.getState().loadable.status === 'ready')
        go(pending)
    }
    const offApp = useAppStore.subscribe((s, prev) => {
      if (s.phase !== prev.phase || s.cellId !== prev.cellId) {
        if (s.phase === 'cell') useLinks.setState({ notice: null })
        resolvePending()
        sync()
      }
    })
    const offContent = useContent.subscribe((s, prev) => {
      if (s.loadable !== prev.loadable) resolvePending()
    })
    const offPlayer = engine?.player.store.subscribe((s, prev) => {
      if (s.testimonyId === prev.testimonyId && (s.status === 'idle') === (prev.status === 'idle')) return
      const { invited } = useLinks.getState()
      if (invited && s.status === 'playing') useLinks.setState({ invited: null })
      sync()
    })
    const offLang = locale.listen(() => {
      if (prefixed) sync()
    })
    window.addEventListener('popstate', onPop)
    resolvePending()
    sync()
    return () => {
      offApp()
      offContent()
      offPlayer?.()
      offLang()
      window.removeEventListener('popstate', onPop)
    }
  }, [visitor, base, engine])
}
