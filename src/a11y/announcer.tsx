import { useEffect, useState } from 'react'
import { useStartedAudioEngine } from '../audio/audio-store'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { playbackProblemText } from '../audio/problem-text'
import { PlaybackAnnouncer, type Announcement, type AnnouncementKind } from './announcement'
import type { A11yKey } from './messages-en'
import { useA11yT } from './use-a11y-t'

const TEXT: Record<AnnouncementKind, A11yKey> = {
  playing: 'announcePlaying',
  paused: 'announcePaused',
  ended: 'announceEnded',
  stopped: 'announceStopped',
  error: 'announceError',
}

/**
 * The one polite live region inside a cell: the cell and its description when entered, then each change of the
 * testimony's state, once. Captions are never put here (a screen reader would read the stream over the voice).
 */
export function Announcer({ cell }: { cell: Cell }) {
  const engine = useStartedAudioEngine()
  const t = useA11yT()
  const ui = useT()
  const lang = useLanguage()
  const [said, setSaid] = useState<Announcement | 'entered' | null>(null)

  useEffect(() => {
    // A live region is heard when its text changes, not when it arrives with text: say the cell a moment later.
    const id = setTimeout(() => setSaid((s) => s ?? 'entered'), 100)
    const announcer = new PlaybackAnnouncer()
    const unsubscribe = engine.player.store.subscribe((next, prev) => {
      const announcement = announcer.next(prev, next)
      if (announcement) setSaid(announcement)
    })
    return () => {
      clearTimeout(id)
      unsubscribe()
    }
  }, [engine])

  let text = ''
  if (said === 'entered') {
    text = t('enteredCell', {
      name: localize(cell.name, lang).text,
      description: localize(cell.description, lang).text,
    })
  } else if (said) {
    const testimony = cell.testimonies.find((x) => x.id === said.testimonyId)
    const title = testimony ? localize(testimony.title, lang).text : ''
    text = t(TEXT[said.kind], { title, error: said.error ? playbackProblemText(ui, said.error) : '' })
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-role="announcer">
      {text}
    </p>
  )
}
