import { useAskOutcomes } from '../ask/outcome'
import { whenAudioEngine } from '../audio/audio-store'
import type { PlaybackState } from '../audio/testimony-player'
import { locale } from '../i18n/i18n'
import { useAppStore, type AppState } from '../state/app-store'
import type { DeploymentMode } from '../state/deployment'
import { tenths, type CountEvent, type CountEventName, type CountMode } from './events'

/**
 * What a press on the page counts, by the element's own data attribute: the links and buttons that keep no state of
 * their own (a new tab, the print dialog, the clipboard, the share sheet, Quick Look).
 */
const PRESSES: [selector: string, event: CountEventName][] = [
  ['[data-action="petition"]', 'petition'],
  ['[data-action="volunteer"]', 'volunteer'],
  ['[data-role="print"]', 'postcard-print'],
  ['[data-role="copy"]', 'postcard-copy'],
  ['[data-role="share"], [data-role="share-moment"]', 'share'],
  ['[data-role="quick-look-link"]', 'quick-look'],
]

/**
 * The one place where the experience is counted: the app's state, the voice and the presses above, each turned into
 * an event in the fixed shape (events.ts) and handed to `count`. Nothing about the visitor is read or kept.
 * @returns the removal of everything it listens to
 */
export function watchCounting(deployment: DeploymentMode, count: (e: CountEvent) => void): () => void {
  const mode = (app: AppState): CountMode =>
    deployment !== 'visitor'
      ? deployment
      : app.xrMode === 'immersive-vr'
        ? 'headset'
        : app.xrMode === 'immersive-ar'
          ? 'ar'
          : 'screen'
  const emit = (event: CountEventName, more: Partial<CountEvent> = {}, as?: CountMode) => {
    const app = useAppStore.getState()
    count({ event, cell: app.cellId, testimony: null, lang: locale.get(), mode: as ?? mode(app), ...more })
  }

  if (deployment === 'visitor') emit('visit')
  const offApp = useAppStore.subscribe((s, prev) => {
    if (s.phase === 'cells' && (prev.phase === 'landing' || prev.phase === 'attract')) emit('begin')
    if (s.phase === 'cell' && s.cellId && (prev.phase !== 'cell' || prev.cellId !== s.cellId)) emit('cell')
    if (s.actionsOpen && !prev.actionsOpen) emit('actions')
    if (s.phase === 'letter' && prev.phase !== 'letter') emit('letter')
  })

  // A question in Ask: asked, then answered by a part (its testimony) or not; never its words.
  const offAsk = useAskOutcomes.subscribe((s, prev) => {
    if (s.asked === prev.asked || !s.last) return
    emit('asked')
    emit(s.last.result, { testimony: s.last.testimony ?? null })
  })

  const onPress = (e: Event) => {
    const target = e.target instanceof Element ? e.target : null
    for (const [selector, event] of PRESSES)
      if (target?.closest(selector)) return emit(event, {}, event === 'quick-look' ? 'quick-look' : undefined)
  }
  document.addEventListener('click', onPress, true)

  let offVoice = () => undefined as void
  const offEngine = whenAudioEngine((engine) => {
    const { element, store } = engine.player
    /** The testimony whose start was counted and whose end or leaving is not yet. */
    let started: string | null = null
    const left = () => {
      if (started === null) return
      const heard = tenths(element.currentTime, element.duration)
      emit('testimony-left', { testimony: started, heard })
      started = null
    }
    const onVoice = (s: PlaybackState, prev: PlaybackState) => {
      if (started !== null && s.testimonyId !== started) left()
      if (s.status === 'ended' && started !== null && s.testimonyId === started) {
        emit('testimony-end', { testimony: started, heard: 10 })
        started = null
      } else if (s.status === 'playing' && s.testimonyId && started === null && prev.status !== 'paused') {
        started = s.testimonyId
        emit('testimony-start', { testimony: started })
      }
    }
    const offStore = store.subscribe(onVoice)
    // A visitor who closes the page mid-voice left it there.
    window.addEventListener('pagehide', left)
    offVoice = () => {
      offStore()
      window.removeEventListener('pagehide', left)
    }
  })

  return () => {
    offApp()
    offAsk()
    offEngine()
    offVoice()
    document.removeEventListener('click', onPress, true)
  }
}
