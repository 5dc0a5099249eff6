import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readDeployment } from '../../src/state/deployment'
import { IdleTimer, type IdleStage } from '../../src/kiosk/idle-timer'

describe('the deployment read from the address', () => {
  it('is a visitor with the default times when nothing is given', () => {
    const d = readDeployment('')
    expect(d).toMatchObject({ mode: 'visitor', idleSeconds: 90, countdownSeconds: 20, offline: false, guided: false })
    expect(d.problems).toEqual([])
  })

  it('sets up a kiosk with its own times and language, offline by default', () => {
    const d = readDeployment('?mode=kiosk&idle=45&countdown=10.5&lang=de')
    expect(d).toMatchObject({ mode: 'kiosk', idleSeconds: 45, countdownSeconds: 10.5, lang: 'de', offline: true })
  })

  it('sets up exhibition headsets with a cell and the guided order', () => {
    const d = readDeployment('?mode=exhibition&cell=sizo-cell&guided&hidden=0')
    expect(d).toMatchObject({ mode: 'exhibition', cell: 'sizo-cell', guided: true, hiddenSeconds: 0, offline: true })
  })

  it('sends a heartbeat only to a path of this site, and only when asked', () => {
    expect(readDeployment('?mode=kiosk').heartbeat).toBeNull()
    const d = readDeployment('?mode=kiosk&heartbeat=/kiosk-alive&heartbeatEvery=30')
    expect([d.heartbeat, d.heartbeatSeconds, d.problems]).toEqual(['/kiosk-alive', 30, []])
    for (const bad of ['https://monitor.example/x', '//monitor.example/x', 'kiosk-alive', '/a?b=c'])
      expect(readDeployment(`?heartbeat=${encodeURIComponent(bad)}`).problems[0]).toMatch(/^heartbeat=/)
  })

  it('reads links=qr and stats from the address, in the same place as everything else', () => {
    expect(readDeployment('?links=qr').linksAsQrOnly).toBe(true)
    expect(readDeployment('?mode=kiosk').linksAsQrOnly).toBe(true)
    expect(readDeployment('').linksAsQrOnly).toBe(false)
    expect(readDeployment('?links=new-tab').problems).toEqual(['links=new-tab: must be qr'])
    expect(readDeployment('?stats').stats).toBe(true)
  })

  it('names each parameter it cannot use and keeps the rest', () => {
    const d = readDeployment('?mode=museum&idle=soon&countdown=-1&lang=fr&cell=../x&guided=maybe&offline=0')
    expect(d.mode).toBe('visitor')
    expect(d.idleSeconds).toBe(90)
    expect(d.countdownSeconds).toBe(20)
    expect(d.lang).toBeNull()
    expect(d.cell).toBeNull()
    expect(d.offline).toBe(false)
    expect(d.problems).toEqual([
      'mode=museum: must be one of visitor, kiosk, exhibition',
      'idle=soon: must be a number of seconds from 0.1 to 86400',
      'countdown=-1: must be a number of seconds from 0.1 to 86400',
      'lang=fr: must be one of uk, en, de, pl',
      'cell=../x: must be a cell id (lower-case letters, digits and hyphens)',
      'guided=maybe: must be 1 or 0',
    ])
  })
})

describe('the two-stage idle timeout', () => {
  let stages: IdleStage[]
  let expired: number
  let timer: IdleTimer
  beforeEach(() => {
    vi.useFakeTimers()
    stages = []
    expired = 0
    timer = new IdleTimer({
      idleMs: 60_000,
      countdownMs: 15_000,
      onStage: (s) => stages.push(s),
      onExpire: () => expired++,
      clock: { setTimeout, clearTimeout, now: () => Date.now() },
    })
  })
  afterEach(() => {
    timer.dispose()
    vi.useRealTimers()
  })

  it('asks "still there?" after the quiet period, then resets once the countdown runs out', () => {
    vi.advanceTimersByTime(59_999)
    expect(timer.stage).toBe('active')
    vi.advanceTimersByTime(1)
    expect(timer.stage).toBe('countdown')
    vi.advanceTimersByTime(5_000)
    expect(timer.remainingMs).toBe(10_000)
    expect(expired).toBe(0)
    vi.advanceTimersByTime(10_000)
    expect(expired).toBe(1)
    expect(stages).toEqual(['countdown', 'active'])
  })

  it('starts the quiet period again on any touch, also during the countdown', () => {
    vi.advanceTimersByTime(50_000)
    timer.activity()
    vi.advanceTimersByTime(50_000)
    expect(timer.stage).toBe('active')
    vi.advanceTimersByTime(10_000 + 5_000)
    expect(timer.stage).toBe('countdown')
    timer.activity()
    expect(timer.stage).toBe('active')
    vi.advanceTimersByTime(59_000)
    expect(expired).toBe(0)
  })

  it('does not run down while a testimony plays, however long', () => {
    vi.advanceTimersByTime(30_000)
    timer.hold(true)
    vi.advanceTimersByTime(60 * 60_000)
    expect(timer.stage).toBe('held')
    expect(expired).toBe(0)
    timer.activity() // a touch while playing changes nothing
    timer.hold(false)
    vi.advanceTimersByTime(59_000)
    expect(timer.stage).toBe('active')
    vi.advanceTimersByTime(1_000 + 15_000)
    expect(expired).toBe(1)
  })

  it('keeps a single timer pending, so weeks of use do not pile them up', () => {
    for (let i = 0; i < 1000; i++) timer.activity()
    expect(vi.getTimerCount()).toBe(1)
    timer.dispose()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('repeats: after a reset the next quiet period leads to the next countdown', () => {
    vi.advanceTimersByTime(3 * 75_000)
    expect(expired).toBe(3)
  })
})

describe('starting over for the next visitor', () => {
  it('stops the sound, empties the letter, closes every panel and returns to the start in its language', async () => {
    const { startOver, onStartOver } = await import('../../src/state/start-over')
    const { useAppStore } = await import('../../src/state/app-store')
    const { locale, setLanguage } = await import('../../src/i18n/i18n')
    // The stores register what they keep of a visitor when they load; the audio engine when it is created.
    const { useComposer } = await import('../../src/letters/composer-store')
    const { useCaptionStore } = await import('../../src/captions/caption-store')
    const { usePlacementStore } = await import('../../src/xr/placement-store')
    const calls: string[] = []
    const forget = onStartOver(() => calls.push('speech and room sound stopped'))

    setLanguage('pl')
    useAppStore.setState({ phase: 'letter', cellId: 'sizo-cell', actionsOpen: true, returnTo: 'cell' })
    useAppStore.getState().toggleOpenLater({ title: 'Petition', url: 'https://example.org/p' })
    useComposer.setState({
      recipientId: 'demo-1',
      phraseIds: ['greeting-1'],
      name: 'Olena',
      nameRu: 'Олена',
      countryCode: 'PL',
      ownWords: 'Привет',
    })
    useCaptionStore.setState({ file: 'captions/a.en.vtt', text: 'a caption' })
    usePlacementStore.setState({ placement: { position: [0, 0, -1], yaw: 0, scale: 1 } })

    startOver({ phase: 'attract', lang: 'de', endSession: () => calls.push('session ended') })

    expect(calls).toEqual(['speech and room sound stopped', 'session ended'])
    expect(locale.get()).toBe('de')
    expect(useAppStore.getState()).toMatchObject({
      phase: 'attract',
      cellId: null,
      actionsOpen: false,
      openLater: [],
      returnTo: 'attract',
    })
    expect(usePlacementStore.getState().placement).toBeNull()
    expect(useComposer.getState()).toMatchObject({
      recipientId: null,
      phraseIds: [],
      name: '',
      nameRu: null,
      countryCode: '',
      ownWords: '',
    })
    expect(useCaptionStore.getState().text).toBe('')

    // Once the engine is gone, its reset is too.
    forget()
    startOver({ phase: 'landing', lang: 'en' })
    expect(calls).toHaveLength(2)
  })
})

describe('a kiosk while a testimony speaks', () => {
  it('holds the idle timer while the voice plays, and lets it run once the voice has stood still too long', async () => {
    const { holdWhileSpeaking } = await import('../../src/kiosk/speech-hold')
    const { createStore } = await import('zustand/vanilla')
    vi.useFakeTimers()
    const player = createStore(() => ({ testimonyId: null as string | null, status: 'idle' as string, error: null }))
    const holds: boolean[] = []
    const stop = holdWhileSpeaking(player as never, { hold: (held) => holds.push(held) }, { stalledMs: 20_000 })
    expect(holds.at(-1)).toBe(false)

    player.setState({ testimonyId: 'a', status: 'playing' })
    expect(holds.at(-1)).toBe(true)
    vi.advanceTimersByTime(10 * 60_000)
    expect(holds.at(-1)).toBe(true)

    // The network stalls: loading holds a little while, then the kiosk may start over.
    player.setState({ status: 'loading' })
    vi.advanceTimersByTime(19_000)
    expect(holds.at(-1)).toBe(true)
    vi.advanceTimersByTime(1_000)
    expect(holds.at(-1)).toBe(false)

    // It comes back: held again; paused lets the timer run.
    player.setState({ status: 'playing' })
    expect(holds.at(-1)).toBe(true)
    player.setState({ status: 'paused' })
    expect(holds.at(-1)).toBe(false)
    stop()
    vi.useRealTimers()
  })
})
