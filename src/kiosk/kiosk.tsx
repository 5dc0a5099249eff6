import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useAppStore } from '../state/app-store'
import { useSettings } from '../state/settings'
import { useAudioEngine } from '../audio/audio-store'
import { IdleTimer, type IdleStage } from './idle-timer'
import { lockDown } from './lockdown'
import { holdWhileSpeaking } from './speech-hold'
import { startOver } from '../state/start-over'
import './kiosk.css'
import { useKioskT } from './messages'

/** What counts as someone being there. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'change'] as const

/**
 * Runs a kiosk: no way out of the page, and after a quiet time "Still there?" with a countdown, then a full start
 * over on the attract screen. The timer stands still while a testimony plays.
 */
export default function Kiosk() {
  const engine = useAudioEngine()
  const idle = useAppStore((s) => s.phase === 'attract')
  const { idleSeconds, countdownSeconds } = useSettings((s) => s.deployment)
  const start = useSettings((s) => s.startLanguage)
  const [stage, setStage] = useState<IdleStage>('active')
  const timer = useRef<IdleTimer | null>(null)

  useEffect(() => lockDown(), [])

  useEffect(() => {
    if (idle) return
    const t = new IdleTimer({
      idleMs: idleSeconds * 1000,
      countdownMs: countdownSeconds * 1000,
      onStage: setStage,
      onExpire: () => startOver({ phase: 'attract', lang: start }),
    })
    timer.current = t
    const activity = (e: Event) => {
      // A key that answers "Still there?" does only that: the focus goes back as the card goes, and Enter would
      // press whatever it lands on.
      if (e.type === 'keydown' && t.stage === 'countdown') e.preventDefault()
      t.activity()
    }
    // Passive but for keys, which must be able to hold back their default (above).
    for (const type of ACTIVITY) window.addEventListener(type, activity, { capture: true, passive: type !== 'keydown' })
    const unsubscribe = engine ? holdWhileSpeaking(engine.player.store, t) : undefined
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, activity, { capture: true })
      unsubscribe?.()
      t.dispose()
      timer.current = null
      setStage('active')
    }
  }, [idle, engine, idleSeconds, countdownSeconds, start])

  if (stage !== 'countdown') return null
  return <StillThere remaining={() => timer.current?.remainingMs ?? 0} />
}

/**
 * The first stage of the timeout: a visible countdown any touch or key dismisses. An alert dialog that takes the
 * keyboard focus (its Continue button, so Enter answers it and a screen reader says it at once) and gives it back
 * where it was when it goes.
 */
function StillThere({ remaining }: { remaining(): number }) {
  const kt = useKioskT()
  const button = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    const before = document.activeElement
    const own = button.current
    own?.focus({ preventScroll: true })
    return () => {
      const active = document.activeElement
      const lost = !active || active === document.body || active === own
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true })
    }
  }, [])
  const [seconds, setSeconds] = useState(() => Math.ceil(remaining() / 1000))
  useEffect(() => {
    const id = setInterval(() => setSeconds(Math.ceil(remaining() / 1000)), 250)
    return () => clearInterval(id)
  }, [remaining])
  return (
    <div
      className="still-there"
      data-role="still-there"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="still-there-title"
      aria-describedby="still-there-countdown"
    >
      <div className="still-there-card">
        <h2 id="still-there-title">{kt('stillThere')}</h2>
        <p id="still-there-countdown" aria-live="polite" data-role="countdown" data-seconds={seconds}>
          {kt('startingAgain', { count: seconds })}
        </p>
        <button ref={button} type="button" data-role="still-here">
          {kt('stillHere')}
        </button>
      </div>
    </div>
  )
}
